/**
 * Encryption at rest of sensitive text fields (identity document numbers, specific needs, interview summaries,
 * grounds and reasons).
 *
 * <h2>Format</h2>
 * AES-256-GCM with a random 96-bit IV per value and a 128-bit tag. A value is stored as text
 * {@code v1:<keyId>:<base64(iv || ciphertext || tag)>}; the prefix {@code v1:<keyId>} is also the GCM associated
 * data, so changing any byte of the stored text, the key id included, is detected on read
 * ({@link pa.gob.refugio.kit.crypto.DecryptionFailed}), never answered with garbage. Columns are {@code text}.
 * An entity applies it with {@code @Convert(converter = EncryptedText.class)} on a {@code String} attribute
 * ({@link pa.gob.refugio.kit.crypto.EncryptedText}); {@code null} stays {@code null}.
 *
 * <h2>Keys</h2>
 * A key ring from configuration ({@link pa.gob.refugio.kit.crypto.KeyRing}):
 * {@code refugio.crypto.keys.<keyId>=<base64 of 32 random bytes>} (environment
 * {@code REFUGIO_CRYPTO_KEYS_<KEYID>}; key ids are letters and digits, case-insensitive, stored in lower case) and
 * {@code refugio.crypto.active-key=<keyId>} ({@code REFUGIO_CRYPTO_ACTIVE_KEY}). New values are written with the
 * active key; a value is read with the key its prefix names. There are no keys outside the {@code %dev} and
 * {@code %test} profiles: a service with encrypted columns (found in its entity mapping)
 * refuses to start when the active key is missing, unknown, or not 32 bytes
 * ({@link pa.gob.refugio.kit.crypto.CryptoStartupCheck}). Generate a key with {@code openssl rand -base64 32}.
 *
 * <h2>Rotation without downtime</h2>
 * <ol>
 *   <li>Add the new key beside the old one ({@code REFUGIO_CRYPTO_KEYS_K2}) on every instance; restart them one by
 *       one. Every instance can now read both.</li>
 *   <li>Make it active ({@code REFUGIO_CRYPTO_ACTIVE_KEY=k2}), again instance by instance: new writes use k2, values
 *       written with k1 still decrypt with k1.</li>
 *   <li>The re-encryption job ({@link pa.gob.refugio.kit.crypto.ReEncryptionJob}, every
 *       {@code refugio.crypto.reencrypt-every}) rewrites, in batches of {@code refugio.crypto.reencrypt-batch-size}
 *       rows per transaction with {@code FOR UPDATE SKIP LOCKED}, every value of the service's
 *       encrypted columns (every column mapped with {@code EncryptedText}, found in the Hibernate mapping, plus any
 *       listed in {@code refugio.crypto.encrypted-columns}) that is not under the active key. It changes neither the plain value
 *       nor the row's {@code @Version}, so clients' ETags stay valid and several instances never fight over a row.
 *       After each run it logs how many values each key still holds.</li>
 *   <li>When the log (or {@code ReEncryptionJob.valuesPerKey()}) shows no value left under k1, remove k1.</li>
 * </ol>
 *
 * <h2>Values written before encryption</h2>
 * A stored value that does not start with {@code v1:} is read as legacy plaintext (rows of development databases
 * from before this change; the migrations change no value); the re-encryption job encrypts it with the active key
 * like an old-key value. Once no plaintext is left ({@code valuesPerKey()} shows no {@code plaintext}),
 * {@code refugio.crypto.read-plaintext=false} makes such a value an error. A value that starts with {@code v1:} but
 * is not a well-formed ciphertext of a configured key is always an error.
 *
 * <h2>Searching</h2>
 * Ciphertexts are randomised and cannot be searched. A search that needs a sensitive value uses a keyed hash
 * (HMAC-SHA256) of its normalised form stored beside it: registration-service's {@code search_key} table
 * ({@code pa.gob.refugio.registration.duplicate.SearchKeys}) for identity documents and names.
 */
package pa.gob.refugio.kit.crypto;
