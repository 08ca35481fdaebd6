package pa.gob.refugio.kit.crypto;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;

/**
 * The registry of a service's encrypted columns: what the re-encryption job rewrites and why the service needs its
 * key at start. Found in the Hibernate mapping (every column whose attribute is converted by {@link EncryptedText}
 * or {@link EncryptedBytes}, embedded ones included, with its table's primary key column(s)), plus any listed in
 * {@code refugio.crypto.encrypted-columns} ({@code table.column}, primary key {@code id}) for columns no entity maps.
 */
public record EncryptedColumns(List<Column> columns) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * An encrypted column of {@code table} ({@code text}, or {@code bytea} when {@code binary}), whose rows are
     * identified by {@code idColumns} (one, or the columns of a composite key in mapping order).
     */
    public record Column(String table, String column, List<String> idColumns, boolean binary) {

        /** A text column of a table whose id column is {@code idColumn}. */
        public Column(String table, String column, String idColumn) {
            this(table, column, List.of(idColumn), false);
        }

        public Column {
            idColumns = List.copyOf(idColumns);
            if (idColumns.isEmpty()) {
                throw new IllegalStateException("Encrypted column " + table + "." + column + ": no id column");
            }
            List<String> identifiers = new ArrayList<>(List.of(table, column));
            identifiers.addAll(idColumns);
            for (String identifier : identifiers) {
                if (!IDENTIFIER.matcher(identifier).matches()) {
                    throw new IllegalStateException("Encrypted column " + table + "." + column + " (id " + idColumns
                            + "): only lower-case unquoted identifiers are supported");
                }
            }
        }

        /** The place of the value in the row whose id column values are {@code idValues}. */
        public Binding binding(List<?> idValues) {
            List<Object> parts = new ArrayList<>();
            for (Object value : idValues) {
                parts.add(value instanceof Enum<?> e ? e.name() : value);
            }
            return new Binding(table, column, Binding.rowId(parts));
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    public EncryptedColumns {
        columns = List.copyOf(new LinkedHashSet<>(columns));
    }

    /** Parses {@code table.column} entries (blank entries ignored); the primary key column is {@code id}. */
    public static EncryptedColumns parse(List<String> entries) {
        return new EncryptedColumns(entries.stream().map(String::strip).filter(e -> !e.isEmpty()).map(e -> {
            String entry = e.toLowerCase(Locale.ROOT);
            int dot = entry.indexOf('.');
            if (dot <= 0 || dot != entry.lastIndexOf('.')) {
                throw new IllegalStateException("refugio.crypto.encrypted-columns: '" + e + "' is not table.column");
            }
            return new Column(entry.substring(0, dot), entry.substring(dot + 1), "id");
        }).toList());
    }

    /**
     * The columns mapped with {@code @Convert(converter = EncryptedText.class)} (or {@link EncryptedBytes}) in the
     * persistence unit, embedded ones included, with their table's id column(s).
     */
    public static EncryptedColumns mappedIn(EntityManagerFactory emf) {
        List<Column> found = new ArrayList<>();
        emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(entity -> {
            EntityIdentifierMapping id = entity.getIdentifierMapping();
            List<String> idColumns = new ArrayList<>();
            String[] idTable = {null};
            id.forEachSelectable((index, selectable) -> {
                idColumns.add(selectable.getSelectionExpression());
                idTable[0] = selectable.getContainingTableExpression();
            });
            entity.forEachSelectable((index, selectable) -> {
                if (!selectable.isFormula() && EncryptedAttributes.isEncrypted(selectable.getJdbcMapping())
                        && selectable.getContainingTableExpression().equals(idTable[0])) {
                    found.add(new Column(selectable.getContainingTableExpression(), selectable.getSelectionExpression(),
                            idColumns, EncryptedAttributes.converterOf(selectable.getJdbcMapping()) == EncryptedBytes.class));
                }
            });
        });
        return new EncryptedColumns(found);
    }

    public EncryptedColumns and(EncryptedColumns more) {
        Set<Column> all = new LinkedHashSet<>(columns);
        all.addAll(more.columns);
        return new EncryptedColumns(List.copyOf(all));
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }
}
