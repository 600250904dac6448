package dev.quizgen.facts;

/** The kinds of facts questions are asked about. */
public enum FactType {
    PERSON, ROLE, PERSON_ROLE, PLACE, ORGANIZATION, DATE, TIME, NUMBER, QUANTITY, QUOTE, EVENT, CAUSE, TERM
}
