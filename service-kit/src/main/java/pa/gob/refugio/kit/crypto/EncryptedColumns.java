package pa.gob.refugio.kit.crypto;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;

/**
 * The registry of a service's encrypted columns: what the re-encryption job rewrites and why the service needs its
 * key at start. Found in the Hibernate mapping (every column whose attribute is converted by {@link EncryptedText},
 * embedded ones included, with its table's primary key column), plus any listed in
 * {@code refugio.crypto.encrypted-columns} ({@code table.column}, primary key {@code id}) for columns no entity maps.
 */
public record EncryptedColumns(List<Column> columns) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** A text column of {@code table}, whose rows are identified by {@code idColumn}. */
    public record Column(String table, String column, String idColumn) {
        public Column {
            for (String identifier : List.of(table, column, idColumn)) {
                if (!IDENTIFIER.matcher(identifier).matches()) {
                    throw new IllegalStateException("Encrypted column " + table + "." + column + " (id " + idColumn
                            + "): only lower-case unquoted identifiers are supported");
                }
            }
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

    /** The columns mapped with {@code @Convert(converter = EncryptedText.class)} in the persistence unit. */
    public static EncryptedColumns mappedIn(EntityManagerFactory emf) {
        List<Column> found = new ArrayList<>();
        emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (!(entity.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id)) {
                return; // composite keys: not supported by the job (none holds encrypted text)
            }
            entity.forEachSelectable((index, selectable) -> {
                BasicValueConverter<?, ?> converter = selectable.getJdbcMapping().getValueConverter();
                if (!selectable.isFormula() && converter instanceof JpaAttributeConverter<?, ?> jpa
                        && jpa.getConverterJavaType().getJavaTypeClass() == EncryptedText.class
                        && selectable.getContainingTableExpression().equals(id.getContainingTableExpression())) {
                    found.add(new Column(selectable.getContainingTableExpression(),
                            selectable.getSelectionExpression(), id.getSelectionExpression()));
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
