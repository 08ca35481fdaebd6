package pa.gob.refugio.registration.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.file.UploadRules.FileKind;

class UploadsAreJudgedByTheirContentNotTheirDeclaredTypeTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] GIF = "GIF89a....".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPhotoIsJpegOrPng() {
        assertEquals(Optional.of("image/png"), UploadRules.acceptedType(FileKind.PHOTO, PNG));
        assertEquals(Optional.of("image/jpeg"), UploadRules.acceptedType(FileKind.PHOTO, JPEG));
        assertTrue(UploadRules.acceptedType(FileKind.PHOTO, PDF).isEmpty());
        assertTrue(UploadRules.acceptedType(FileKind.PHOTO, GIF).isEmpty());
        assertTrue(UploadRules.acceptedType(FileKind.PHOTO, new byte[0]).isEmpty());
    }

    @Test
    void aDocumentCopyMayAlsoBeAPdf() {
        assertEquals(Optional.of("application/pdf"), UploadRules.acceptedType(FileKind.IDENTITY_DOCUMENT_COPY, PDF));
        assertEquals(Optional.of("image/png"), UploadRules.acceptedType(FileKind.IDENTITY_DOCUMENT_COPY, PNG));
        assertTrue(UploadRules.acceptedType(FileKind.IDENTITY_DOCUMENT_COPY, GIF).isEmpty());
    }

    @Test
    void theSizeLimitIsInclusiveAndTheHashIsSha256() {
        assertFalse(UploadRules.tooLarge(new byte[10], 10));
        assertTrue(UploadRules.tooLarge(new byte[11], 10));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", UploadRules.sha256(new byte[0]));
    }
}
