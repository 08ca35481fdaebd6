package pa.gob.refugio.kit.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Marks a {@code byte[]} attribute (a {@code bytea} column: uploads) stored encrypted:
 * {@code @Convert(converter = EncryptedBytes.class)}. {@link EncryptedAttributes} seals the bytes as {@code v2}
 * bound to table, column and row id before they are written and opens them after a load (refusing plaintext unless
 * {@code refugio.crypto.allow-plaintext} is true); there is no {@code v1} form of bytes.
 * <p>
 * The converter itself passes bytes through both ways: Hibernate copies a mutable ({@code byte[]}) converted value
 * by converting it to the column's form and back, so the converter cannot tell a copy from a write.
 */
@Converter
public class EncryptedBytes implements AttributeConverter<byte[], byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(byte[] attribute) {
        return attribute;
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] dbData) {
        return dbData;
    }
}
