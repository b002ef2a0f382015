/**
 * Passive authentication (ICAO Doc 9303 Part 11, section 5.1, with the PKI of Part 12): the EF.SOD
 * signature by the Document Signer, the hash of every data group presented, and the Document
 * Signer certificate's chain to a trusted CSCA (certificates, a directory of them, or a CSCA master
 * list), with the validity dates at an instant the caller gives and optional CRLs.
 *
 * <p>{@link vn.smartcity.card.pa.PassiveAuthentication#verify} returns a {@link
 * vn.smartcity.card.pa.Verdict} naming each check with its status and reason, never a bare
 * boolean. Cryptography uses a private Bouncy Castle provider instance and hashes the bytes as
 * read.
 */
@NullMarked
package vn.smartcity.card.pa;

import org.jspecify.annotations.NullMarked;
