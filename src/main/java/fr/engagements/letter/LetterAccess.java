package fr.engagements.letter;

import java.util.Set;

import fr.engagements.identity.Groups;
import fr.engagements.web.CurrentUser;

/**
 * Who may read a letter: the person it is addressed to, the groups that work on cases of its process
 * (CER: secretariat, jury and its observers, signers, ARS; CESP: UFR, CNG, ARS), and administrators.
 * Other applicants, and actors of the other contract, may not.
 */
final class LetterAccess {

  static final Set<String> CER_ACTORS = Set.of(Groups.CER_SECRETARIAT, Groups.CER_JURY, Groups.CER_JURY_OBSERVERS,
      Groups.LAB_DIRECTORS, Groups.HEADS_OF_DEPARTMENT, Groups.DEANS, Groups.DES_COORDINATORS, Groups.ARS);
  static final Set<String> CESP_ACTORS = Set.of(Groups.UFR, Groups.CNG, Groups.ARS);

  private LetterAccess() {
  }

  static boolean mayRead(CurrentUser user, Letter letter) {
    if (user.isAnonymous()) {
      return false;
    }
    if (user.isAdmin() || user.id().equals(letter.recipientId())) {
      return true;
    }
    Set<String> actors = letter.processKey().startsWith("cer-") ? CER_ACTORS : CESP_ACTORS;
    return user.groups().stream().anyMatch(actors::contains);
  }
}
