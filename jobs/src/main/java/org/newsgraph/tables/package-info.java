/** One class per output table: name, column constants, Spark schema and record-to-Row conversion. */
package org.newsgraph.tables;
