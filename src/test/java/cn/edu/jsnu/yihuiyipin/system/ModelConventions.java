package cn.edu.jsnu.yihuiyipin.system;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The conventions a process designer must keep, as functions from a model or form file to the list of
 * violations (empty = fine). Each message names the file and the element and says what to fix, because
 * the reader is a designer looking at a red build. Kept free of JUnit so the fixture tests can call each
 * check on a deliberately broken file and assert on exactly what it reports.
 */
final class ModelConventions {

    /** Ids Camunda Modeler generates (`Activity_0x1y2z3`) or that name nothing (`UserTask_1`). */
    static final Pattern GENERATED_ID = Pattern.compile(
            // Modeler: a type prefix and 7 random base-36 characters, at least one of them a digit
            "^(Activity|Flow|Gateway|Event|StartEvent|EndEvent|Task|SequenceFlow|DataObjectReference|DataObject"
                    + "|DataStoreReference|Participant|Lane|LaneSet|BoundaryEvent|UserTask|ServiceTask|SendTask"
                    + "|ReceiveTask|ScriptTask|BusinessRuleTask|CallActivity|SubProcess|ExclusiveGateway"
                    + "|ParallelGateway|InclusiveGateway|EventBasedGateway|IntermediateThrowEvent"
                    + "|IntermediateCatchEvent|Process|Collaboration|Message|Signal|Error|Escalation|TextAnnotation"
                    + "|Association)_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$"
                    // Modeler's first elements and hand-numbered ones: StartEvent_1, UserTask_12, Process_1
                    + "|^[A-Za-z]+_?[0-9]+$"
                    // the fluent model builder's UUID-suffixed ids
                    + "|^[A-Za-z]+_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    /** Form-js components that hold no value of their own, so their `key` (if any) is not a variable. */
    private static final Set<String> NON_VALUE_COMPONENTS =
            Set.of("text", "html", "button", "spacer", "separator", "image", "iframe", "table", "group", "dynamiclist");

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern BEAN_NAME = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern COMPONENT =
            Pattern.compile("@(?:Component|Service|Named)(?:\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\))?");
    private static final Set<String> EL_KEYWORDS = Set.of(
            "true",
            "false",
            "null",
            "empty",
            "not",
            "and",
            "or",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "div",
            "mod",
            "instanceof",
            "execution",
            "task",
            "variables",
            "authenticatedUserId",
            "dateTime",
            "currentUser",
            "currentUserGroups");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelConventions() {}

    // ---- diagram -------------------------------------------------------------------------------------

    /** Every flow node and sequence flow needs a BPMNShape/BPMNEdge, or Modeler and Cockpit show gaps. */
    static List<String> missingDiagramElements(Path bpmn) {
        BpmnModelInstance model = read(bpmn);
        Set<String> drawn = new TreeSet<>();
        model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() != null)
                .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getBpmnElement() != null)
                .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        List<String> violations = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                violations.add(where(bpmn, node) + " has no BPMNShape: draw it in Modeler (or run `npm run layout -- "
                        + bpmn + "` on a model without any diagram)");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.contains(flow.getId())) {
                violations.add(where(bpmn, flow) + " (" + flow.getSource().getId() + " → "
                        + flow.getTarget().getId() + ") has no BPMNEdge: reconnect the flow in Modeler so it is drawn");
            }
        }
        return violations;
    }

    // ---- user tasks ------------------------------------------------------------------------------------

    /** A user task needs a form (Tasklist shows nothing otherwise) and someone to do it. */
    static List<String> userTasksWithoutFormOrAssignment(Path bpmn) {
        List<String> violations = new ArrayList<>();
        for (UserTask task : read(bpmn).getModelElementsByType(UserTask.class)) {
            if (blank(task.getAttributeValueNs(CAMUNDA_NS, "formRef")) && blank(task.getCamundaFormKey())) {
                violations.add(where(bpmn, task) + " has no form: set Forms → Type \"Camunda Forms (linked)\" with "
                        + "the form's id as camunda:formRef (binding \"deployment\")");
            }
            if (blank(task.getCamundaAssignee())
                    && blank(task.getCamundaCandidateGroups())
                    && blank(task.getCamundaCandidateUsers())) {
                violations.add(where(bpmn, task) + " has nobody to do it: set User assignment → candidate groups "
                        + "(e.g. union-office, ${unitGroup}) or assignee (e.g. ${expert} in a multi-instance)");
            }
        }
        return violations;
    }

    /**
     * A user task needs a due date (camunda:dueDate): Tasklist shows it, reminders count back from it and
     * escalation starts at it (README "Notices and reminders").
     */
    static List<String> userTasksWithoutDueDate(Path bpmn) {
        List<String> violations = new ArrayList<>();
        for (UserTask task : read(bpmn).getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaDueDate())) {
                violations.add(where(bpmn, task) + " has no due date: set camunda:dueDate (Tasklist's 到期日), e.g. "
                        + "${applicationDeadline} or ${taskDeadlines.office('formal-check')}");
            }
        }
        return violations;
    }

    /** Every `camunda:formRef` must name the `id` of a form in forms/, or Tasklist fails to open the task. */
    static List<String> missingForms(Path bpmn, Path formsDir) {
        Map<String, Path> forms = formsById(formsDir);
        List<String> violations = new ArrayList<>();
        for (BaseElement element : read(bpmn).getModelElementsByType(BaseElement.class)) {
            String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
            if (!blank(formRef) && !isExpression(formRef) && !forms.containsKey(formRef)) {
                violations.add(where(bpmn, element) + " refers to form \"" + formRef + "\" but no form in " + formsDir
                        + " has that id (forms there: " + forms.keySet() + "): fix camunda:formRef or the form's id");
            }
        }
        return violations;
    }

    // ---- form fields -----------------------------------------------------------------------------------

    /** A form field key is a process variable name: one that no process or constants class knows is a typo. */
    static List<String> unknownFormFieldKeys(Path form, Set<String> knownVariables) {
        JsonNode root = readJson(form);
        List<String> violations = new ArrayList<>();
        collectFieldKeys(root).forEach((key, type) -> {
            if (!knownVariables.contains(key)) {
                violations.add(form.getFileName() + " (form " + root.path("id").asText("?") + "): field \"" + key
                        + "\" (" + type + ") is not a variable any process provides or consumes: use the name from "
                        + "the process constants class (e.g. BrandApplicationProcess), or add the constant there");
            }
        });
        return violations;
    }

    /**
     * The variable names the processes provide or consume, as far as can be seen without running them:
     * identifiers in `${...}`/`#{...}` expressions, `camunda:in`/`camunda:out` sources and targets,
     * input/output parameter names, multi-instance element variables and collections, result variables,
     * start-form field ids, and the values of the `public static final String` constants of the
     * `cn.edu.jsnu.yihuiyipin.**.*Process` classes in {@code classesDir}.
     */
    static Set<String> knownVariables(Collection<Path> bpmnFiles, Path classesDir) {
        Set<String> names = new TreeSet<>();
        for (Path bpmn : bpmnFiles) {
            names.addAll(processVariables(bpmn));
        }
        names.addAll(processConstants(classesDir));
        return names;
    }

    static Set<String> processVariables(Path bpmn) {
        Set<String> names = new TreeSet<>();
        for (ModelElementInstance element : read(bpmn).getModelElementsByType(BaseElement.class)) {
            collectVariables(element.getDomElement(), names);
        }
        // elements that are not BaseElements (camunda:in, camunda:inputParameter, conditions...) are reached
        // through their parents' DOM, so walking every BaseElement's subtree covers them
        return names;
    }

    private static void collectVariables(DomElement element, Set<String> names) {
        String local = element.getLocalName();
        String ns = element.getNamespaceURI();
        for (String attribute : List.of(
                "collection",
                "elementVariable",
                "resultVariable",
                "assignee",
                "candidateGroups",
                "candidateUsers",
                "dueDate",
                "followUpDate",
                "priority",
                "delegateExpression",
                "expression",
                "calledElement",
                "businessKey",
                "versionTag")) {
            addExpressionOrName(element.getAttribute(CAMUNDA_NS, attribute), attribute, names);
        }
        if (CAMUNDA_NS.equals(ns) && ("in".equals(local) || "out".equals(local))) {
            addName(element.getAttribute("source"), names);
            addName(element.getAttribute("target"), names);
            addExpressionOrName(element.getAttribute("sourceExpression"), "expression", names);
        }
        if (CAMUNDA_NS.equals(ns) && ("inputParameter".equals(local) || "outputParameter".equals(local))) {
            addName(element.getAttribute("name"), names);
        }
        if (CAMUNDA_NS.equals(ns) && "formField".equals(local)) {
            addName(element.getAttribute("id"), names);
        }
        if (element.getChildElements().isEmpty()) {
            addExpressions(element.getTextContent(), names);
        }
        for (DomElement child : element.getChildElements()) {
            collectVariables(child, names);
        }
    }

    /**
     * Values of `static final String` fields and names of `static final ProcessVariable` fields of the
     * classes in `cn.edu.jsnu.yihuiyipin.process` and of `cn.edu.jsnu.yihuiyipin..*Process` classes,
     * nested classes included (e.g. `BrandCultivationProcess.Vars`).
     */
    private static final String PROCESS_VARIABLE = "cn.edu.jsnu.yihuiyipin.process.ProcessVariable";

    private static boolean declaresProcessNames(Path classFile) {
        String name = classFile.getFileName().toString();
        boolean inProcessPackage = classFile.getParent() != null
                && classFile.getParent().getFileName().toString().equals("process")
                && classFile.getParent().getParent().getFileName().toString().equals("yihuiyipin");
        return name.endsWith(".class") && (inProcessPackage || name.matches("[A-Za-z]+Process(\\$[A-Za-z]+)?\\.class"));
    }

    static Set<String> processConstants(Path classesDir) {
        Set<String> names = new TreeSet<>();
        Path root = classesDir.resolve("cn/edu/jsnu/yihuiyipin");
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {classesDir.toUri().toURL()}, ModelConventions.class.getClassLoader());
                Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(ModelConventions::declaresProcessNames).toList()) {
                String className = classesDir
                        .relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(className, false, loader);
                for (Field field : type.getDeclaredFields()) {
                    int m = field.getModifiers();
                    if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
                        field.setAccessible(true);
                        Object value = field.get(null);
                        if (value != null) {
                            names.add((String) value);
                        }
                    } else if (Modifier.isStatic(m)
                            && Modifier.isFinal(m)
                            && field.getType().getName().equals(PROCESS_VARIABLE)) {
                        field.setAccessible(true);
                        Object variable = field.get(null);
                        names.add((String) variable.getClass().getMethod("name").invoke(variable));
                    }
                }
            }
        } catch (MalformedURLException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the process constants in " + classesDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    // ---- delegates -------------------------------------------------------------------------------------

    /** `camunda:delegateExpression="${fooDelegate}"` needs a Spring bean `fooDelegate`, or the token fails at run time. */
    static List<String> unknownDelegateBeans(Path bpmn, Set<String> beanNames) {
        List<String> violations = new ArrayList<>();
        BpmnModelInstance model = read(bpmn);
        walk(model.getDocument().getRootElement(), null, (owner, element) -> {
            String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression");
            if (blank(expression)) {
                return;
            }
            Matcher bean = BEAN_NAME.matcher(expression);
            String name = bean.find() ? bean.group(1) : null;
            if (name == null || !beanNames.contains(name)) {
                String kind =
                        CAMUNDA_NS.equals(element.getNamespaceURI()) ? "its camunda:" + element.getLocalName() : "it";
                violations.add(bpmn.getFileName() + ": element \"" + owner + "\" — " + kind
                        + " uses delegateExpression " + expression + " but no @Component class "
                        + (name == null ? "" : capitalise(name) + " ") + "exists under src/main/java: "
                        + "fix the bean name (the class name with a lower-case first letter) or write the delegate");
            }
        });
        return violations;
    }

    /**
     * Spring bean names of the classes annotated `@Component`/`@Service`/`@Named` under a source root: the
     * annotation's value, else the class name with its first letter lower-cased (Spring's default). Read from
     * the sources, not a Spring context, so the check costs milliseconds and needs no database.
     */
    static Set<String> componentBeanNames(Path sourceRoot) {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(sourceRoot)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher component = COMPONENT.matcher(source);
                if (component.find()) {
                    String className = file.getFileName().toString().replaceFirst("\\.java$", "");
                    names.add(component.group(1) != null ? component.group(1) : decapitalise(className));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    // ---- processes and ids -------------------------------------------------------------------------------

    /** Since 7.20 a process without historyTimeToLive does not deploy (ENGINE-12018). */
    static List<String> missingHistoryTimeToLive(Path bpmn) {
        List<String> violations = new ArrayList<>();
        for (Process process : read(bpmn).getModelElementsByType(Process.class)) {
            if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
                violations.add(where(bpmn, process) + " has no camunda:historyTimeToLive: set History cleanup → "
                        + "Time to live (e.g. P1825D) on the process, or it will not deploy (ENGINE-12018)");
            }
        }
        return violations;
    }

    /** Generated ids end up in tests, constants and history; they must say what the element is. */
    static List<String> generatedIds(Path bpmn) {
        BpmnModelInstance model = read(bpmn);
        List<BaseElement> named = new ArrayList<>();
        named.addAll(model.getModelElementsByType(Process.class));
        named.addAll(model.getModelElementsByType(FlowElement.class));
        named.addAll(model.getModelElementsByType(Collaboration.class));
        named.addAll(model.getModelElementsByType(Participant.class));
        named.addAll(model.getModelElementsByType(Lane.class));
        List<String> violations = new ArrayList<>();
        for (BaseElement element : named) {
            String id = element.getId();
            if (id != null && GENERATED_ID.matcher(id).find()) {
                violations.add(where(bpmn, element) + " has a generated id: give it a stable typed one in Modeler "
                        + "(General → ID), e.g. Task_ExpertReview, Gateway_Approved, Flow_ApprovedYes, "
                        + "EndEvent_Awarded, and update the constants class and tests that use it");
            }
        }
        return violations;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    static BpmnModelInstance read(Path bpmn) {
        return Bpmn.readModelFromFile(bpmn.toFile());
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not valid JSON: " + file, e);
        }
    }

    static Map<String, Path> formsById(Path formsDir) {
        Map<String, Path> forms = new LinkedHashMap<>();
        for (Path form : files(formsDir, ".form")) {
            forms.put(readJson(form).path("id").asText(), form);
        }
        return forms;
    }

    /** Files of a folder with a suffix, sorted; none when the folder does not exist yet. */
    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> collectFieldKeys(JsonNode node) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (JsonNode component : node.path("components")) {
            String type = component.path("type").asText();
            if (component.hasNonNull("key") && !NON_VALUE_COMPONENTS.contains(type)) {
                keys.put(component.get("key").asText(), type);
            }
            // a group/dynamic list with a `path` stores its fields under that variable, so the path is the key
            if (component.hasNonNull("path") && !component.get("path").asText().isBlank()) {
                keys.put(component.get("path").asText().split("\\.")[0], type);
            } else {
                keys.putAll(collectFieldKeys(component));
            }
        }
        return keys;
    }

    private interface ElementVisitor {
        void visit(String ownerId, DomElement element);
    }

    /** Visits every DOM element with the id of the nearest enclosing element that has one. */
    private static void walk(DomElement element, String ownerId, ElementVisitor visitor) {
        String id = element.getAttribute("id");
        String owner = blank(id) ? ownerId : id;
        visitor.visit(owner, element);
        for (DomElement child : element.getChildElements()) {
            walk(child, owner, visitor);
        }
    }

    private static void addExpressionOrName(String value, String attribute, Set<String> names) {
        if (blank(value)) {
            return;
        }
        if (isExpression(value)) {
            addExpressions(value, names);
        } else if ("collection".equals(attribute)
                || "elementVariable".equals(attribute)
                || "resultVariable".equals(attribute)) {
            addName(value, names);
        }
    }

    private static void addExpressions(String text, Set<String> names) {
        if (blank(text)) {
            return;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher identifier = IDENTIFIER.matcher(stripStrings(expression.group(1)));
            while (identifier.find()) {
                if (!EL_KEYWORDS.contains(identifier.group(1))) {
                    names.add(identifier.group(1));
                }
            }
        }
    }

    private static String stripStrings(String expression) {
        return expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
    }

    private static void addName(String value, Set<String> names) {
        if (!blank(value) && !isExpression(value)) {
            names.add(value.trim());
        }
    }

    private static boolean isExpression(String value) {
        return value != null && EXPRESSION.matcher(value).find();
    }

    private static String where(Path bpmn, BaseElement element) {
        String name = element.getAttributeValue("name");
        return bpmn.getFileName() + ": " + element.getElementType().getTypeName() + " \"" + element.getId() + "\""
                + (blank(name) ? "" : " (" + name + ")");
    }

    static String decapitalise(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
