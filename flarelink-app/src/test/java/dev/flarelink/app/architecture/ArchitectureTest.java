package dev.flarelink.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directions of the architecture, over the main classes of every module: the client and the
 * simulator stand alone; core knows only the client; the store and the wiring build on core; the
 * faces (HTTP, MCP, CLI) know core and never each other, the store or the wiring; only the app
 * knows everything; no package depends on itself through others.
 */
class ArchitectureTest {

  private static final String CLIENT = "dev.flarelink.cloudflare..";
  private static final String SIMULATOR = "dev.flarelink.simulator..";
  private static final String CORE = "dev.flarelink.core..";
  private static final String STORE = "dev.flarelink.store..";
  private static final String WIRING = "dev.flarelink.wiring..";
  private static final String SERVER = "dev.flarelink.server..";
  private static final String MCP = "dev.flarelink.mcp..";
  private static final String CLI = "dev.flarelink.cli..";
  private static final String APP = "dev.flarelink.app..";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            // The modules come as class folders or as jars (in a full build); test classes and
            // test helpers are not part of the architecture.
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location ->
                    !location.contains("-tests.jar")
                        && !location.contains("flarelink-testkit")
                        && !location.contains("/generated-sources/"))
            .importPackages("dev.flarelink");
  }

  @Test
  void everyModuleIsOnTheClasspath() {
    for (var pkg :
        new String[] {
          "dev.flarelink.cloudflare",
          "dev.flarelink.simulator",
          "dev.flarelink.core",
          "dev.flarelink.store",
          "dev.flarelink.wiring",
          "dev.flarelink.server",
          "dev.flarelink.mcp",
          "dev.flarelink.cli",
          "dev.flarelink.app"
        }) {
      assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(pkg)).count())
          .as("classes of %s", pkg)
          .isPositive();
    }
  }

  @Test
  void theClientKnowsNothingOfFlarelink() {
    noClasses()
        .that()
        .resideInAPackage(CLIENT)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SIMULATOR, CORE, STORE, WIRING, SERVER, MCP, CLI, APP)
        .check(classes);
  }

  @Test
  void theSimulatorIsIndependent_ofTheClientAboveAll() {
    noClasses()
        .that()
        .resideInAPackage(SIMULATOR)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(CLIENT, CORE, STORE, WIRING, SERVER, MCP, CLI, APP)
        .check(classes);
  }

  @Test
  void coreKnowsOnlyTheClient() {
    noClasses()
        .that()
        .resideInAPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SIMULATOR, STORE, WIRING, SERVER, MCP, CLI, APP)
        .check(classes);
  }

  @Test
  void theStoreImplementsCore_andKnowsNoFace() {
    noClasses()
        .that()
        .resideInAPackage(STORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SIMULATOR, WIRING, SERVER, MCP, CLI, APP)
        .check(classes);
  }

  @Test
  void theWiringBuildsCoreAndStore_andKnowsNoFace() {
    noClasses()
        .that()
        .resideInAPackage(WIRING)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SIMULATOR, SERVER, MCP, CLI, APP)
        .check(classes);
  }

  @Test
  void theFacesKnowCore_neverEachOther_theStore_orTheWiring() {
    faceKnowsOnlyCore(SERVER, MCP, CLI);
    faceKnowsOnlyCore(MCP, SERVER, CLI);
    faceKnowsOnlyCore(CLI, SERVER, MCP);
  }

  private static void faceKnowsOnlyCore(String face, String... otherFaces) {
    var forbidden = new ArrayList<String>(List.of(otherFaces));
    forbidden.addAll(List.of(SIMULATOR, STORE, WIRING, APP));
    noClasses()
        .that()
        .resideInAPackage(face)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.toArray(String[]::new))
        .check(classes);
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("dev.flarelink.(**)").should().beFreeOfCycles().check(classes);
  }
}
