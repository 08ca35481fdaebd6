package pa.gob.refugio.kit.crypto;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@code String} attribute encrypted: {@code @Convert(converter = EncryptedText.class)} on a field mapped
 * to a {@code text} column. Writes use the active key; reads use the key the stored value names, and read legacy
 * plaintext as it is (see the package documentation). Hibernate compares the plain values, so reading an entity
 * never makes it dirty. The column is found in the mapping by {@link EncryptedColumns} (key check, re-encryption).
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
        return attribute == null ? null : cipher().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData == null ? null : cipher().decrypt(dbData);
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
