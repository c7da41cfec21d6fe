/** Entry points for spark-submit and scripts: argument parsing, session set-up, job runs. */
package org.newsgraph.cli;
