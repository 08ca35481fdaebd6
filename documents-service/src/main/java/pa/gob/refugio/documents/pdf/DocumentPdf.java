package pa.gob.refugio.documents.pdf;

import java.time.LocalDate;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.kit.print.PrintedPage;

/**
 * Renders SNM's printable provisional ID or refugee document, Spanish first then English: photograph, names, date of
 * birth, nationality, sex, kind, number, validity, and the QR code (the verification address followed by the Ed25519
 * seal, verifiable offline with {@code /.well-known/jwks.json}); drawn on the kit's {@link PrintedPage}.
 */
public final class DocumentPdf {

    /** What is printed. */
    public record Card(DocumentKind kind, String documentNumber, String givenNames, String familyNames,
                       LocalDate dateOfBirth, String nationality, String sex, LocalDate validFrom,
                       LocalDate validUntil, boolean workPermitEligible, String qrText, byte[] photo) {
    }

    private DocumentPdf() {
    }

    /** The Spanish and English titles of a kind of document. */
    static String[] titles(DocumentKind kind) {
        return kind == DocumentKind.PROVISIONAL_ID
                ? new String[]{"Carné provisional de solicitante de la condición de refugiado",
                "Provisional ID of an asylum seeker"}
                : new String[]{"Documento de identidad de refugiado reconocido", "Recognised refugee's identity document"};
    }

    public static byte[] render(Card card) {
        String[] titles = titles(card.kind());
        return PrintedPage.a5(page -> {
            float height = page.height();
            page.bold(13, 36, height - 40, "REPÚBLICA DE PANAMÁ - SERVICIO NACIONAL DE MIGRACIÓN");
            page.regular(7, 36, height - 51, "Republic of Panama - National Migration Service (SNM)");
            page.bold(11, 36, height - 66, titles[0]);
            page.regular(9, 36, height - 79, titles[1]);
            page.photo(card.photo(), 36, height - 100, 100, 130);
            float x = 156;
            float y = page.labelled(x, height - 108, 26, new String[][]{
                    {"Apellidos / Surnames", card.familyNames()},
                    {"Nombres / Given names", card.givenNames()},
                    {"Fecha de nacimiento / Date of birth", String.valueOf(card.dateOfBirth())},
                    {"Nacionalidad / Nationality", card.nationality()},
                    {"Sexo / Sex", card.sex()},
                    {"Número de documento / Document number", card.documentNumber()},
                    {"Válido desde / Valid from", String.valueOf(card.validFrom())},
                    {"Válido hasta / Valid until", String.valueOf(card.validUntil())}});
            if (card.workPermitEligible()) {
                page.regular(7, x, y, "Puede solicitar permiso de trabajo (MITRADEL) / May apply for a work permit");
            }
            page.qr(card.qrText(), 36, y - 160, 150);
            page.regular(7, 36, y - 172, "Verifique escaneando el código QR, también sin conexión con las"
                    + " claves públicas del SNM (/.well-known/jwks.json) /");
            page.regular(7, 36, y - 181, "Verify by scanning the QR code, offline too with SNM's public keys"
                    + " (/.well-known/jwks.json)");
        });
    }
}
