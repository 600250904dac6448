package dev.quizgen;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: article → nlp → facts → templates → distractors → questions → bank → export → cli. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.quizgen");

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("article").definedBy("dev.quizgen.article..")
                .layer("nlp").definedBy("dev.quizgen.nlp..")
                .layer("facts").definedBy("dev.quizgen.facts..")
                .layer("templates").definedBy("dev.quizgen.templates..")
                .layer("distractors").definedBy("dev.quizgen.distractors..")
                .layer("questions").definedBy("dev.quizgen.questions..")
                .layer("bank").definedBy("dev.quizgen.bank..")
                .layer("export").definedBy("dev.quizgen.export..")
                .layer("cli").definedBy("dev.quizgen.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("export").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("questions").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("distractors").mayOnlyBeAccessedByLayers("questions", "cli")
                .whereLayer("templates").mayOnlyBeAccessedByLayers("distractors", "questions", "cli")
                .whereLayer("facts").mayOnlyBeAccessedByLayers("templates", "distractors", "questions", "cli")
                .whereLayer("nlp").mayOnlyBeAccessedByLayers("facts", "templates", "distractors", "questions", "cli")
                .whereLayer("bank").mayOnlyBeAccessedByLayers("templates", "distractors", "questions", "export", "cli")
                .check(classes);
    }
}
