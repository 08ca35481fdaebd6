package pa.gob.refugio.kit.crypto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a {@code v2} value lives: its table, its column and its row's id (a composite id's values joined with
 * {@code /} in the order of its columns). It is part of the GCM associated data, so a value copied to another row,
 * another column or another table fails authentication instead of being read there.
 */
public record Binding(String table, String column, String rowId) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public Binding {
        if (table == null || !IDENTIFIER.matcher(table).matches() || column == null
                || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("A binding names a lower-case table and column, not " + table + "."
                    + column);
        }
        if (rowId == null || rowId.isEmpty()) {
            throw new IllegalArgumentException("A value of " + table + "." + column + " is bound to its row's id, "
                    + "which must be known before it is written");
        }
    }

    /** The id of a row identified by several columns: their values in column order, joined with {@code /}. */
    public static String rowId(List<?> idValues) {
        StringBuilder id = new StringBuilder();
        for (Object value : idValues) {
            if (value == null) {
                throw new IllegalArgumentException("A row id has no null part");
            }
            if (!id.isEmpty()) {
                id.append('/');
            }
            id.append(value);
        }
        return id.toString();
    }

    /** The associated data after the {@code v2:<keyId>:} prefix. */
    String associatedData() {
        return table + "." + column + ":" + rowId;
    }

    @Override
    public String toString() {
        return table + "." + column + " of " + rowId;
    }
}
