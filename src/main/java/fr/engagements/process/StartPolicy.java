package fr.engagements.process;

import java.util.Set;

/** What a client may start a process with; a process without a start policy cannot be started over HTTP by a non-administrator. */
public interface StartPolicy {

  String processKey();

  Set<String> startVariables();
}
