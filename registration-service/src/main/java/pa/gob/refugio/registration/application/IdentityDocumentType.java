package pa.gob.refugio.registration.application;

/** The kind of identity document a person showed (a copy is uploaded separately). */
public enum IdentityDocumentType { PASSPORT, NATIONAL_ID, DRIVING_LICENCE, BIRTH_CERTIFICATE, OTHER }
