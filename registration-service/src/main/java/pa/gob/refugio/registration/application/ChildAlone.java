package pa.gob.refugio.registration.application;

/**
 * How an officer marks a child who came without a responsible adult in the family (UNHCR definitions): an
 * {@code UNACCOMPANIED} child is separated from both parents and not cared for by any adult responsible for them by
 * law or custom; a {@code SEPARATED} child is separated from both parents or from their previous primary caregiver,
 * but possibly accompanied by other relatives. Either way the case is prioritised and SENNIAF is informed.
 */
public enum ChildAlone {
    UNACCOMPANIED, SEPARATED
}
