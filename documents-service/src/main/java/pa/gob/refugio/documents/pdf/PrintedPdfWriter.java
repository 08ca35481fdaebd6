package pa.gob.refugio.documents.pdf;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes a {@link PrintedPdf} as its bytes. */
@Provider
@Produces("application/pdf")
public class PrintedPdfWriter implements MessageBodyWriter<PrintedPdf> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PrintedPdf.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(PrintedPdf pdf, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
        out.write(pdf.content());
    }
}
