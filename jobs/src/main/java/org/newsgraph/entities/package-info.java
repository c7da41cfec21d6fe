/** Named-entity mentions from NER output and their resolution to canonical entities. */
package org.newsgraph.entities;
