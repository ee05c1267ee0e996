package dev.canopy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The production overlay of deploy/kubernetes as kubectl renders it, checked object by object. */
class KubernetesManifestsTest {

    private static final Path OVERLAY = Path.of("deploy/kubernetes/overlays/production");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|ACCESS_KEY).*");
    private static final Pattern README_VARIABLE = Pattern.compile("`((?:CANOPY|QUARKUS)_[A-Z0-9_]+)`");

    private static List<JsonNode> objects;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        assumeTrue(Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl"))), "kubectl is not installed");
        Path errors = Files.createTempFile("kustomize", ".err");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", OVERLAY.toString())
                .redirectError(errors.toFile()).start();
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, kubectl.exitValue(), Files.readString(errors));
        objects = new YAMLMapper().readerFor(JsonNode.class).<JsonNode> readValues(yaml).readAll()
                .stream().filter(node -> node.hasNonNull("kind")).toList();
    }

    @Test
    void productionRunsThreeReplicasThatTheAutoscalerMayOnlyAddTo() {
        assertEquals(3, object("Deployment", "canopy").at("/spec/replicas").asInt());
        JsonNode hpa = object("HorizontalPodAutoscaler", "canopy");
        assertEquals("canopy", hpa.at("/spec/scaleTargetRef/name").asText());
        assertEquals(3, hpa.at("/spec/minReplicas").asInt());
        assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
        JsonNode pdb = object("PodDisruptionBudget", "canopy");
        assertEquals(2, pdb.at("/spec/minAvailable").asInt());
        assertEquals("canopy", pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
    }

    @Test
    void everyContainerHasCpuAndMemoryRequestsAndLimits() {
        for (JsonNode container : containers()) {
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertTrue(container.path("resources").path(bound).hasNonNull(resource),
                            container.path("name").asText() + " has no " + resource + " " + bound);
                }
            }
        }
    }

    @Test
    void everyContainerRunsAsNonRootOnAReadOnlyRootWithoutPrivilegeEscalation() {
        for (JsonNode pod : podSpecs()) {
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), pod.toString());
            assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0);
            assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText());
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                String name = container.path("name").asText();
                assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), name);
                assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), name);
                assertEquals("ALL", security.at("/capabilities/drop/0").asText(), name);
            }
        }
    }

    @Test
    void probesAskSmallRyeHealthOnTheAppPort() {
        JsonNode app = appContainer();
        assertEquals("/q/health/started", app.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/live", app.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", app.at("/readinessProbe/httpGet/path").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("http", app.path(probe).at("/httpGet/port").asText(), probe);
        }
        assertEquals("http", app.at("/ports/0/name").asText());
        assertEquals(config().path("QUARKUS_HTTP_PORT").asText(), app.at("/ports/0/containerPort").asText());
        assertEquals("http", object("Service", "canopy").at("/spec/ports/0/targetPort").asText());
    }

    @Test
    void everyVariableOfTheReadmeConfigurationTableIsSetFromTheConfigMapOrASecret() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Configuration");
        String table = readme.substring(start, readme.indexOf("\n#", start + 1));
        TreeSet<String> documented = new TreeSet<>();
        for (Matcher m = README_VARIABLE.matcher(table); m.find();) {
            documented.add(m.group(1));
        }
        assertTrue(documented.size() > 40, "the README's table was not found: " + documented);
        Map<String, JsonNode> env = env(appContainer());
        JsonNode config = config();
        for (String variable : documented) {
            JsonNode from = env.get(variable);
            assertNotNull(from, variable + " is documented but not set on the Deployment");
            String key = from.at("/valueFrom/configMapKeyRef/key").asText(null);
            assertTrue(key != null ? config.hasNonNull(key) : from.at("/valueFrom/secretKeyRef").isObject(),
                    variable + " comes from neither the ConfigMap nor a Secret: " + from);
        }
    }

    @Test
    void passwordsAndKeysComeFromSecretsNeverFromLiteralsOrTheConfigMap() {
        for (JsonNode container : containers()) {
            env(container).forEach((name, variable) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    assertTrue(variable.at("/valueFrom/secretKeyRef").isObject(), name + " is not a secret reference");
                }
            });
        }
        config().fieldNames().forEachRemaining(
                key -> assertFalse(SECRET_NAME.matcher(key).matches(), key + " is a secret in the ConfigMap"));
    }

    @Test
    void theHeapFollowsTheContainerMemoryLimit() {
        Map<String, JsonNode> env = env(appContainer());
        assertTrue(env.get("JAVA_TOOL_OPTIONS").path("value").asText().contains("-XX:MaxRAMPercentage="));
        // the image's JAVA_OPTS carries -Xmx512m, which would win over the percentage
        assertFalse(env.get("JAVA_OPTS").path("value").asText().contains("-Xmx"));
    }

    @Test
    void theMigrationJobMigratesWithTheAppsImageAndTheReplicasOnlyValidate() {
        Map<String, JsonNode> replica = env(appContainer());
        assertEquals("false", replica.get("QUARKUS_FLYWAY_MIGRATE_AT_START").path("value").asText());
        assertEquals("true", replica.get("QUARKUS_FLYWAY_VALIDATE_AT_START").path("value").asText());
        JsonNode job = object("Job", "canopy-migrate").at("/spec/template/spec/containers/0");
        Map<String, JsonNode> migration = env(job);
        assertEquals("true", migration.get("QUARKUS_FLYWAY_MIGRATE_AT_START").path("value").asText());
        assertEquals("true", migration.get("QUARKUS_INIT_AND_EXIT").path("value").asText());
        assertEquals(appContainer().path("image").asText(), job.path("image").asText());
        // Flyway's lock needs a session of its own: straight to PostgreSQL, not through PgBouncer
        String url = config().path(migration.get("QUARKUS_DATASOURCE_JDBC_URL").at("/valueFrom/configMapKeyRef/key")
                .asText()).asText();
        assertFalse(url.contains("pgbouncer"), url);
    }

    @Test
    void theReplicasReachPostgresThroughPgBouncerPoolingSessionsWhileTheirRoleIsSetPerConnection() {
        object("Deployment", "canopy-pgbouncer");
        object("Service", "canopy-pgbouncer");
        assertTrue(config().path("QUARKUS_DATASOURCE_JDBC_URL").asText().contains("//canopy-pgbouncer:"));
        String ini = objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap"))
                .filter(o -> o.at("/data/pgbouncer.ini").isTextual()).findFirst().orElseThrow()
                .at("/data/pgbouncer.ini").asText();
        assertTrue(ini.contains("pool_mode = session"), ini);
    }

    @Test
    void theIngressServesEveryHostOverTls() {
        JsonNode spec = object("Ingress", "canopy").path("spec");
        TreeSet<String> hosts = new TreeSet<>();
        spec.path("rules").forEach(rule -> hosts.add(rule.path("host").asText()));
        TreeSet<String> secured = new TreeSet<>();
        spec.path("tls").forEach(tls -> tls.path("hosts").forEach(host -> secured.add(host.asText())));
        assertTrue(hosts.size() >= 2, "the platform's host and a consortium's custom domain: " + hosts);
        assertEquals(hosts, secured);
        spec.path("rules").forEach(rule -> assertEquals("canopy",
                rule.at("/http/paths/0/backend/service/name").asText()));
    }

    private static JsonNode object(String kind, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static JsonNode config() {
        return objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap"))
                .filter(o -> o.at("/metadata/name").asText().startsWith("canopy-config")).findFirst()
                .orElseThrow().path("data");
    }

    private static List<JsonNode> podSpecs() {
        return objects.stream().filter(o -> List.of("Deployment", "Job").contains(o.path("kind").asText()))
                .map(o -> o.at("/spec/template/spec")).toList();
    }

    private static List<JsonNode> containers() {
        List<JsonNode> containers = new ArrayList<>();
        podSpecs().forEach(pod -> pod.path("containers").forEach(containers::add));
        return containers;
    }

    private static JsonNode appContainer() {
        return object("Deployment", "canopy").at("/spec/template/spec/containers/0");
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container.path("env").forEach(variable -> env.put(variable.path("name").asText(), variable));
        return env;
    }
}
