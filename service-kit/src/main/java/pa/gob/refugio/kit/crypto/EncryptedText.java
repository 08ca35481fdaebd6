package pa.gob.refugio.kit.crypto;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Marks a {@code String} attribute stored encrypted: {@code @Convert(converter = EncryptedText.class)} on a field
 * mapped to a {@code text} column. The one way to mark a column encrypted.
 * <p>
 * A converter does not know the row it converts, so the encryption itself is done by {@link EncryptedAttributes}
 * (Hibernate event listeners the kit registers): it seals the attribute's state before an insert or update as a
 * {@code v2} value bound to the entity's table, column and id, and opens it after a load. The converter passes such
 * {@code v2} values through; on read it still decrypts a legacy {@code v1} value, and passes plaintext only while
 * {@code refugio.crypto.allow-plaintext} is true. A value that reaches it unsealed on write (a bulk update or query
 * parameter, which knows no row) is refused rather than stored in clear. Hibernate compares the plain values, so
 * reading an entity never makes it dirty.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private volatile FieldCipher cipher;

    public EncryptedText() {
    }

    /** For plain tests. */
    public EncryptedText(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        if (attribute == null || FieldCipher.isSealed(attribute)) {
            return attribute;
        }
        throw new IllegalStateException("An attribute marked EncryptedText reached the database unsealed: it is "
                + "written through its entity only (no bulk update or query parameter on an encrypted column)");
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        if (dbData == null || FieldCipher.isSealed(dbData)) {
            return dbData; // opened by EncryptedAttributes after the load, with the row's id
        }
        return cipher().decrypt(dbData); // legacy v1, or plaintext while allowed
    }

    private FieldCipher cipher() {
        FieldCipher c = cipher;
        if (c == null) {
            c = CDI.current().select(FieldCipher.class).get();
            cipher = c;
        }
        return c;
    }
}
