package cn.edu.jsnu.yihuiyipin.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The build's process coverage gate, run by exec-maven-plugin in the `verify` phase after surefire has
 * written every test class's target/process-test-coverage/&lt;class&gt;/report.json. It merges what all test
 * classes passed and fails the build listing, per process, the flow nodes and sequence flows no test
 * passed, when the share is under the minimum. A process whose model is not in bpmn/ yet is skipped.
 * <p>
 * Why not a JUnit test ordered last: surefire gives no guarantee that it runs after the other classes'
 * reports are written (forks, -Dtest subsets, rerun of failures), and a check that passes because it ran
 * first is worse than none. After surefire every report is on disk.
 * <p>
 * Configured by system properties (set in pom.xml): process-coverage.report-dir, .bpmn-dir, .processes
 * (comma-separated keys), .minimum.flow-nodes and .minimum.sequence-flows (0.0–1.0).
 */
public final class ProcessCoverageCheck {

    record Coverage(
            String process,
            Path model,
            List<Element> uncovered,
            int flowNodes,
            int coveredFlowNodes,
            int sequenceFlows,
            int coveredSequenceFlows) {

        double flowNodeRatio() {
            return flowNodes == 0 ? 1.0 : (double) coveredFlowNodes / flowNodes;
        }

        double sequenceFlowRatio() {
            return sequenceFlows == 0 ? 1.0 : (double) coveredSequenceFlows / sequenceFlows;
        }
    }

    record Element(String id, String type, String name) {
        @Override
        public String toString() {
            return id + " (" + type + (name == null || name.isBlank() ? "" : " " + name) + ")";
        }
    }

    record Result(List<Coverage> checked, List<String> skipped, List<String> failures) {}

    private ProcessCoverageCheck() {}

    public static void main(String[] args) {
        if (Boolean.getBoolean("skipTests") || Boolean.getBoolean("maven.test.skip")) {
            System.out.println("[process-coverage] tests skipped: coverage not checked");
            return;
        }
        if (System.getProperty("test") != null || System.getProperty("it.test") != null) {
            // -Dtest=... runs a subset: every process would look uncovered
            System.out.println("[process-coverage] -Dtest selects a subset of tests: coverage not checked");
            return;
        }
        Path reportDir = Path.of(System.getProperty("process-coverage.report-dir", "target/process-test-coverage"));
        Path bpmnDir = Path.of(System.getProperty("process-coverage.bpmn-dir", "bpmn"));
        List<String> processes = Arrays.stream(System.getProperty(
                                "process-coverage.processes", "brand-round,brand-application,brand-cultivation")
                        .split(","))
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .toList();
        double minFlowNodes = Double.parseDouble(System.getProperty("process-coverage.minimum.flow-nodes", "1.0"));
        double minSequenceFlows =
                Double.parseDouble(System.getProperty("process-coverage.minimum.sequence-flows", "1.0"));

        Result result = check(reportDir, bpmnDir, processes, minFlowNodes, minSequenceFlows);
        result.skipped().forEach(line -> System.out.println("[process-coverage] " + line));
        for (Coverage coverage : result.checked()) {
            System.out.printf(
                    "[process-coverage] %s (%s): flow nodes %d/%d (%.0f%%), sequence flows %d/%d (%.0f%%)%n",
                    coverage.process(),
                    coverage.model(),
                    coverage.coveredFlowNodes(),
                    coverage.flowNodes(),
                    100 * coverage.flowNodeRatio(),
                    coverage.coveredSequenceFlows(),
                    coverage.sequenceFlows(),
                    100 * coverage.sequenceFlowRatio());
        }
        System.out.println("[process-coverage] report: " + reportDir.toAbsolutePath() + "/<test class>/report.html");
        if (!result.failures().isEmpty()) {
            String message = String.join("\n", result.failures());
            throw new IllegalStateException("Process test coverage below the minimum:\n" + message);
        }
    }

    static Result check(
            Path reportDir, Path bpmnDir, List<String> processes, double minFlowNodes, double minSequenceFlows) {
        Map<String, Path> models = modelsByProcessKey(bpmnDir);
        List<Coverage> checked = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Path> reports = reports(reportDir);
        Map<String, Set<String>> covered = coveredElements(reports);
        // a new model is gated from its first commit: leaving it out of the list must be a decision
        models.keySet().stream()
                .filter(key -> !processes.contains(key))
                .sorted()
                .forEach(key -> failures.add(key + " (" + models.get(key)
                        + ") is not in process-coverage.processes: add it to the list in pom.xml"));
        for (String key : processes) {
            Path model = models.get(key);
            if (model == null) {
                skipped.add(key + ": no model with this process id in " + bpmnDir + " yet, not checked");
                continue;
            }
            Coverage coverage = coverage(key, model, covered.getOrDefault(key, Set.of()));
            checked.add(coverage);
            if (coverage.flowNodeRatio() < minFlowNodes || coverage.sequenceFlowRatio() < minSequenceFlows) {
                failures.add(String.format(
                        "%s (%s): %d of %d flow nodes (minimum %.0f%%) and %d of %d sequence flows "
                                + "(minimum %.0f%%) passed by a test%s. Never passed:%n    %s%n  Add a scenario test "
                                + "that drives the process through them (see target/process-test-coverage/*/report.html)"
                                + " or lower process-coverage.minimum.* in pom.xml.",
                        key,
                        model,
                        coverage.coveredFlowNodes(),
                        coverage.flowNodes(),
                        100 * minFlowNodes,
                        coverage.coveredSequenceFlows(),
                        coverage.sequenceFlows(),
                        100 * minSequenceFlows,
                        reports.isEmpty() ? " (no report.json in " + reportDir + ": did any engine test run?)" : "",
                        String.join(
                                "\n    ",
                                coverage.uncovered().stream()
                                        .map(Element::toString)
                                        .toList())));
            }
        }
        return new Result(checked, skipped, failures);
    }

    static Coverage coverage(String key, Path model, Set<String> covered) {
        BpmnModelInstance instance = ModelConventions.read(model);
        Process process = instance.getModelElementById(key);
        List<Element> uncovered = new ArrayList<>();
        int flowNodes = 0;
        int coveredFlowNodes = 0;
        int sequenceFlows = 0;
        int coveredSequenceFlows = 0;
        for (FlowElement element : flowElements(process.getFlowElements())) {
            boolean passed = covered.contains(element.getId());
            if (element instanceof FlowNode) {
                flowNodes++;
                coveredFlowNodes += passed ? 1 : 0;
            } else if (element instanceof SequenceFlow) {
                sequenceFlows++;
                coveredSequenceFlows += passed ? 1 : 0;
            } else {
                continue;
            }
            if (!passed) {
                uncovered.add(
                        new Element(element.getId(), element.getElementType().getTypeName(), element.getName()));
            }
        }
        return new Coverage(key, model, uncovered, flowNodes, coveredFlowNodes, sequenceFlows, coveredSequenceFlows);
    }

    /** Flow elements of a process including those inside (event) sub-processes, in document order. */
    private static List<FlowElement> flowElements(java.util.Collection<FlowElement> elements) {
        List<FlowElement> all = new ArrayList<>();
        for (FlowElement element : elements) {
            all.add(element);
            if (element instanceof SubProcess subProcess) {
                all.addAll(flowElements(subProcess.getFlowElements()));
            }
        }
        return all;
    }

    /** Element ids every test class passed, per process definition key, merged over all report.json files. */
    static Map<String, Set<String>> coveredElements(List<Path> reports) {
        Map<String, Set<String>> covered = new HashMap<>();
        for (Path report : reports) {
            JsonNode root = ModelConventions.readJson(report);
            for (JsonNode suite : root.path("suites")) {
                addEvents(suite.path("events"), covered);
                for (JsonNode run : suite.path("runs")) {
                    addEvents(run.path("events"), covered);
                }
            }
        }
        return covered;
    }

    private static void addEvents(JsonNode events, Map<String, Set<String>> covered) {
        for (JsonNode event : events) {
            covered.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                    .add(event.path("definitionKey").asText());
        }
    }

    static List<Path> reports(Path reportDir) {
        if (!Files.isDirectory(reportDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(reportDir, 2)) {
            return files.filter(file -> file.getFileName().toString().equals("report.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Path> modelsByProcessKey(Path bpmnDir) {
        Map<String, Path> models = new LinkedHashMap<>();
        for (Path file : ModelConventions.files(bpmnDir, ".bpmn")) {
            for (ModelElementInstance process : ModelConventions.read(file).getModelElementsByType(Process.class)) {
                Optional.ofNullable(((Process) process).getId()).ifPresent(id -> models.put(id, file));
            }
        }
        return models;
    }
}
