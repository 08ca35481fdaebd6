package pa.gob.refugio.registration.certificate;

import java.time.LocalDate;
import java.util.List;
import pa.gob.refugio.kit.print.PrintedPage;

/**
 * Renders a printable asylum-seeker certificate, Spanish first then English: photo, QR code (the verification address
 * and the Ed25519 seal, {@link CertificateSigning}), case number, certificate number, validity; drawn on the kit's
 * {@link PrintedPage}.
 */
public final class CertificatePdf {

    /** What is printed on the certificate. */
    public record Card(String caseNumber, String certificateNumber, String givenNames, String familyNames,
                       LocalDate dateOfBirth, List<String> nationalities, LocalDate validFrom, LocalDate validUntil,
                       String qrText, byte[] photo) {
    }

    private CertificatePdf() {
    }

    public static byte[] render(Card card) {
        return PrintedPage.a5(page -> {
            float height = page.height();
            page.bold(13, 36, height - 40, "REPÚBLICA DE PANAMÁ - ONPAR");
            page.regular(7, 36, height - 51, "Oficina Nacional para la Atención de Refugiados / National"
                    + " Office for the Attention of Refugees");
            page.bold(12, 36, height - 66, "Certificado de solicitante de la condición de refugiado");
            page.regular(9, 36, height - 80, "Asylum-seeker certificate - debe portarse en todo momento /"
                    + " must be carried at all times");
            if (card.photo() != null) {
                page.photo(card.photo(), 36, height - 110, 100, 130);
            }
            float y = page.labelled(156, height - 120, 27, new String[][]{
                    {"Nombres / Given names", card.givenNames()},
                    {"Apellidos / Family names", card.familyNames()},
                    {"Fecha de nacimiento / Date of birth", String.valueOf(card.dateOfBirth())},
                    {"Nacionalidad / Nationality", String.join(", ", card.nationalities())},
                    {"Expediente / Case number", card.caseNumber()},
                    {"Certificado / Certificate", card.certificateNumber()},
                    {"Válido desde / Valid from", String.valueOf(card.validFrom())},
                    {"Válido hasta / Valid until", String.valueOf(card.validUntil())}});
            page.qr(card.qrText(), 36, y - 150, 140);
            page.regular(7, 36, y - 162, "Verifique escaneando el código QR, también sin conexión con las"
                    + " claves públicas de ONPAR (/.well-known/jwks.json) /");
            page.regular(7, 36, y - 171, "Verify by scanning the QR code, offline too with ONPAR's public"
                    + " keys (/.well-known/jwks.json)");
        });
    }
}
