package dev.quizgen.facts;

/** What a name refers to. OTHER: a name whose kind could not be told. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION, OTHER
}
