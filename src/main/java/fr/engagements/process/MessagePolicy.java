package fr.engagements.process;

import java.util.Set;

/** A message that clients may send over HTTP, always to one case named by its business key, with these variables only. */
public interface MessagePolicy {

  String messageName();

  Set<String> variables();
}
