package org.newsgraph.model;

/**
 * A named-entity mention resolved to a canonical entity.
 *
 * @param begin       body offset, inclusive
 * @param end         body offset, exclusive
 * @param text        surface text
 * @param type        PERSON, LOCATION, ORGANIZATION or MISC
 * @param fineType    COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, ... or null
 * @param canonical   canonical entity name
 * @param entityId    stable id of (canonical name, type)
 * @param resolution  how the surface was linked: name, short_form, acronym, demonym, case_variant,
 *                    misspelling, alias_file
 */
public record Mention(String docId, int sentenceIdx, int begin, int end, String text, String type,
                      String fineType, String canonical, String entityId, String resolution) {
}
