package org.haven.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.haven.HavenApplication;
import org.junit.jupiter.api.Test;

/** The offline tools stay outside the product, and the matching engine stays plain Java. */
class ToolsBoundaryTest {

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.haven");

  @Test
  void theMatchingEngineNeedsNeitherSpringNorTheTools() {
    noClasses()
        .that()
        .resideInAPackage("org.haven.people.matching..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.haven.tools..")
        .check(PRODUCT);
  }

  @Test
  void onlyTheLauncherReachesTheTools() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.haven.tools..")
        .and()
        .doNotBelongToAnyOf(HavenApplication.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.haven.tools..")
        .check(PRODUCT);
  }

  @Test
  void theToolsNeedNeitherSpringNorTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("org.haven.tools..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "javax.sql..")
        .check(PRODUCT);
  }
}
