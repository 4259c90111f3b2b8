package io.github.elasticstarter;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Condition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture of the starter's code, as Spring Boot's own build checks its modules: one
 * package per concern, runtime apart from auto-configuration, no package cycles, and nothing
 * public that no user or other package needs.
 */
class ArchitectureTests {

	private static final String ROOT = "io.github.elasticstarter";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	/**
	 * Public types that no other package of the starter uses: the API it offers to applications
	 * (and to the local node's module), besides the properties classes.
	 */
	private static final Set<String> USER_API = Set.of(ROOT + ".bulk.BulkLoad", ROOT + ".bulk.BulkLoadException",
			ROOT + ".bulk.BulkResult", ROOT + ".bulk.FailedItem", ROOT + ".bulk.InvalidBulkOptionException",
			ROOT + ".scan.DocumentScan", ROOT + ".scan.ScanPage", ROOT + ".scan.ScanCheckpoint",
			ROOT + ".scan.ScanException", ROOT + ".scan.PointInTimeExpiredException",
			ROOT + ".scan.InvalidScanOptionException", ROOT + ".insight.Compatibility",
			ROOT + ".insight.ServerInfo", ROOT + ".insight.TlsReport",
			ROOT + ".observation.ElasticObservationConvention", ROOT + ".observation.ElasticRequestContext",
			ROOT + ".autoconfigure.clients.ElasticDevelopmentConnection",
			ROOT + ".autoconfigure.clients.NamedElasticClients",
			ROOT + ".autoconfigure.clients.NamedElasticClientProperties",
			ROOT + ".autoconfigure.springboot.SpringElasticsearchEnvironmentPostProcessor");

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void runtimePackagesNeverUseTheAutoConfiguration() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + ".autoconfigure..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".autoconfigure..")
			.check(CLASSES);
	}

	@Test
	void autoConfigurationsArePublicAndFinal() {
		classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.bePublic()
			.andShould()
			.haveModifier(JavaModifier.FINAL)
			.check(CLASSES);
	}

	@Test
	void conditionsArePackagePrivate() {
		classes().that().areAssignableTo(Condition.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void autoConfigurationLivesUnderTheAutoConfigurePackage() {
		classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.resideInAPackage(ROOT + ".autoconfigure..")
			.check(CLASSES);
	}

	@Test
	void everyPackageIsNullMarked() {
		Set<String> unmarked = new TreeSet<>();
		for (JavaClass type : CLASSES) {
			String packageName = type.getPackageName();
			try {
				Package described = Class.forName(packageName + ".package-info").getPackage();
				if (!described.isAnnotationPresent(NullMarked.class)) {
					unmarked.add(packageName);
				}
			}
			catch (ClassNotFoundException ex) {
				unmarked.add(packageName);
			}
		}
		assertThat(unmarked).as("packages without a package-info.java marked @NullMarked").isEmpty();
	}

	@Test
	void publicTypesAreUsedOutsideTheirPackage() {
		Set<String> usedElsewhere = new TreeSet<>();
		for (JavaClass origin : CLASSES) {
			origin.getDirectDependenciesFromSelf().forEach((dependency) -> {
				JavaClass target = topLevel(dependency.getTargetClass());
				if (!target.getPackageName().equals(origin.getPackageName())) {
					usedElsewhere.add(target.getName());
				}
			});
		}
		List<String> needlesslyPublic = CLASSES.stream()
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass())
			.filter((type) -> !type.getSimpleName().equals("package-info"))
			.filter((type) -> !type.isAnnotatedWith(AutoConfiguration.class))
			.filter((type) -> !type.isAnnotatedWith(ConfigurationProperties.class))
			.filter((type) -> !USER_API.contains(type.getName()) && !usedElsewhere.contains(type.getName()))
			.map(JavaClass::getName)
			.sorted()
			.toList();
		assertThat(needlesslyPublic).as("public types that no other package uses; make them package-private, or "
				+ "list them as API the starter offers to applications").isEmpty();
	}

	private static JavaClass topLevel(JavaClass type) {
		JavaClass current = type;
		while (current.getEnclosingClass().isPresent()) {
			current = current.getEnclosingClass().get();
		}
		return current;
	}

}
