package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter deploys every model of bpmn/ and every form of forms/ (forms only because we name them),
 * except the demo's own models (bpmn/demo-*.bpmn), which only the demo profile deploys.
 */
@SpringBootTest
class DeploymentTest {

    @Autowired
    RepositoryService repositoryService;

    private static List<String> fileNames(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private List<String> deployedResourceNames() {
        return repositoryService.createDeploymentQuery().list().stream()
                .map(Deployment::getId)
                .flatMap(id -> repositoryService.getDeploymentResources(id).stream())
                .map(Resource::getName)
                .map(name -> name.substring(name.replace('\\', '/').lastIndexOf('/') + 1))
                .toList();
    }

    @Test
    void everyModelAndEveryFormIsDeployed() throws IOException {
        List<String> models = fileNames("bpmn", ".bpmn");
        List<String> forms = fileNames("forms", ".form");
        assertThat(models).contains("brand-round.bpmn", "brand-application.bpmn", "demo-time.bpmn");
        assertThat(forms).contains("application.form", "expert-review.form");
        List<String> demoModels =
                models.stream().filter(name -> name.startsWith("demo-")).toList();

        assertThat(deployedResourceNames())
                .containsAll(models.stream()
                        .filter(name -> !demoModels.contains(name))
                        .toList())
                .containsAll(forms)
                .doesNotContainAnyElementsOf(demoModels);
    }

    @Test
    void processesAreDeployedUnderTheirKeys() {
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .latestVersion()
                        .list())
                .extracting(ProcessDefinition::getKey)
                .contains("brand-round", "brand-round-yearly", "brand-application");
    }
}
