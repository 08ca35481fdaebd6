/**
 * Encryption at rest of sensitive text fields (identity document numbers, specific needs, interview summaries,
 * grounds and reasons).
 *
 * <h2>Format</h2>
 * AES-256-GCM with a random 96-bit IV per value and a 128-bit tag. A value is stored as text
 * {@code v2:<keyId>:<base64(iv || ciphertext || tag)>} (bytes: {@code v2:<keyId>:} then {@code iv || ciphertext ||
 * tag}); the GCM associated data is {@code v2:<keyId>:<table>.<column>:<rowId>}
 * ({@link pa.gob.refugio.kit.crypto.Binding}), so changing any byte, the key id included, or moving the value to
 * another row, column or table is detected on read ({@link pa.gob.refugio.kit.crypto.DecryptionFailed}), never
 * answered with garbage. The legacy {@code v1:<keyId>:<base64>} (associated data {@code v1:<keyId>}) still reads.
 * An entity applies it with {@code @Convert(converter = EncryptedText.class)} on a {@code String} attribute of a
 * {@code text} column ({@link pa.gob.refugio.kit.crypto.EncryptedText}; {@code EncryptedBytes} for {@code byte[]} in
 * {@code bytea}); the kit's Hibernate listeners ({@link pa.gob.refugio.kit.crypto.EncryptedAttributes}) seal and open
 * the values with the entity's table, column and id. {@code null} stays {@code null}.
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
 * Plaintext in an encrypted column is refused on read unless {@code refugio.crypto.allow-plaintext} is true
 * (default false). At start each service encrypts, as v2, what the columns not yet sealed hold in plaintext or v1
 * ({@link pa.gob.refugio.kit.crypto.ReEncryptionJob#sealUnsealedColumns()}) and marks them sealed
 * ({@code encrypted_column_sealed}); the job never encrypts plaintext found in a sealed column.
 *
 * <h2>Searching</h2>
 * Ciphertexts are randomised and cannot be searched. A search that needs a sensitive value uses a keyed hash
 * (HMAC-SHA256) of its normalised form stored beside it: registration-service's {@code search_key} table
 * ({@code pa.gob.refugio.registration.duplicate.SearchKeys}) for identity documents and names.
 */
package pa.gob.refugio.kit.crypto;
