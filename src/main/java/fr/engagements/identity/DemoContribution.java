package fr.engagements.identity;

import java.util.List;

/**
 * What one contract adds to the demo profile (process-contract.md, "The demo profile"). Identity owns the
 * mechanism ({@link DemoProfile}): it creates every contribution's users, then asks each, in {@code @Order},
 * for its data. Each contract implements this in its own package, so identity imports none of them.
 */
public interface DemoContribution {

  /** The contract's demo users; a user several contracts need (an ARS agent) may be listed by each. */
  List<DemoUser> users();

  /** Campaigns, sessions, reference rows…: idempotent, called after every demo user exists. */
  void seedData();
}
