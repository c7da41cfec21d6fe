/** Reported speech: cue, speaker, content and targets of attributed statements. */
package org.newsgraph.statements;
