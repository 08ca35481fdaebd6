package pa.gob.refugio.documents.extension;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.documents.document.DocumentKind;

@ApplicationScoped
public class ValidityExtensionRepository implements PanacheRepositoryBase<ValidityExtension, UUID> {

    boolean exists(String resolution, DocumentKind kind) {
        return count("resolution = ?1 and kind = ?2", resolution, kind) > 0;
    }

    void recordExtended(UUID extensionId, UUID documentId, LocalDate previous, LocalDate extendedTo) {
        getEntityManager().createNativeQuery("insert into validity_extension_document (extension_id, document_id, "
                        + "previous_valid_until, new_valid_until) values (?1, ?2, ?3, ?4)")
                .setParameter(1, extensionId).setParameter(2, documentId)
                .setParameter(3, previous).setParameter(4, extendedTo).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<String> documentNumbersOf(UUID extensionId) {
        return getEntityManager().createNativeQuery("select d.document_number from validity_extension_document e "
                        + "join document d on d.id = e.document_id where e.extension_id = ?1 order by 1")
                .setParameter(1, extensionId).getResultList();
    }
}
