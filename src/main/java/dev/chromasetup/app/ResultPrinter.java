package dev.chromasetup.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chromasetup.config.OutputFormat;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.MonthlyCost;
import dev.chromasetup.snippets.ClientSnippets;
import dev.chromasetup.snippets.Snippet;
import dev.chromasetup.wizard.Mode;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a run's result on stdout (text for people, one JSON object for scripts) and its error, if
 * any, on stderr as "{what}: {why}" then "Fix: {fix}". Nothing secret is in a {@link RunResult}.
 */
public final class ResultPrinter {
    private final PrintStream out;
    private final PrintStream err;
    private final OutputFormat format;
    private final ClientSnippets snippets = new ClientSnippets();

    public ResultPrinter(PrintStream out, PrintStream err, OutputFormat format) {
        this.out = out;
        this.err = err;
        this.format = format;
    }

    public void print(RunResult result, String endpointFlag) {
        if (format == OutputFormat.JSON) {
            out.println(json(result));
        } else if (result.exitCode() == 0) {
            text(result, endpointFlag);
        }
        result.error().ifPresent(e -> {
            err.println();
            err.println(e.describe());
        });
        out.flush();
        err.flush();
    }

    private void text(RunResult r, String endpointFlag) {
        String where = " --stack-name " + r.stackName() + " --region " + r.region() + endpointFlag;
        if (r.mode() == Mode.DESTROY) {
            out.println("Deleted the stack " + r.stackName() + " in " + r.region() + ".");
            return;
        }
        out.println();
        out.println("Stack     " + r.stackName() + " in " + r.region() + ": " + r.status().orElse("unknown"));
        if (r.endpoint().isEmpty()) {
            out.println("Endpoint  not known yet (the stack has no ServerIp output)");
            return;
        }
        String readiness = r.ready()
                ? "Chroma answered its heartbeat" + r.readySeconds().map(s -> " after " + s + "s").orElse("")
                : "not checked: Chroma may need a few more minutes after the stack completes";
        out.println("Endpoint  " + r.endpoint().get() + "   (" + readiness + ")");
        r.keyName().ifPresent(k -> out.println("SSH       ssh -i " + r.privateKeyFile().orElse("~/.ssh/" + k + ".pem")
                + " ec2-user@" + r.serverIp().orElseThrow()));
        r.monthlyCost().ifPresent(c -> out.println("Cost      about " + c.totalPerMonth() + " until you destroy it ("
                + c.breakdown() + ")"));
        String ip = r.serverIp().orElseThrow();
        String token = r.clientHeaders().get("X-Chroma-Token");
        if (token != null) {
            out.println("Token     " + token + "   (header X-Chroma-Token; shown only now: keep it safe, it opens"
                    + " your server)");
        }
        if (r.outputs().containsKey("ConnectCommand")) {
            out.println("Shell     " + r.outputs().get("ConnectCommand"));
        }
        if (r.outputs().containsKey("DataVolumeId")) {
            out.println("Data      " + r.outputs().get("DataVolumeId") + " (snapshotted when the stack is deleted)");
        }
        for (Snippet s : snippets.all(ip, 8000, r.clientHeaders())) {
            out.println();
            out.println(s.language() + "   (" + s.install() + ")");
            s.code().lines().forEach(line -> out.println("    " + line));
        }
        out.println();
        out.println("Status    chroma-setup status" + where);
        out.println("Delete    chroma-setup destroy" + where + "   (deletes the server and its data)");
    }

    static String json(RunResult r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("command", r.mode().name().toLowerCase(java.util.Locale.ROOT));
        o.put("stackName", r.stackName());
        o.put("region", r.region());
        o.put("stackId", r.stackId().orElse(null));
        o.put("status", r.status().orElse(null));
        o.put("serverIp", r.serverIp().orElse(null));
        o.put("endpoint", r.endpoint().orElse(null));
        o.put("ready", r.ready());
        o.put("readySeconds", r.readySeconds().orElse(null));
        r.monthlyCost().ifPresent(c -> o.put("monthlyCostUsd", cost(c)));
        if (r.clientHeaders().containsKey("X-Chroma-Token")) {
            o.put("authToken", r.clientHeaders().get("X-Chroma-Token"));
        }
        if (r.outputs().containsKey("ConnectCommand")) {
            o.put("connectCommand", r.outputs().get("ConnectCommand"));
        }
        o.put("exitCode", r.exitCode());
        r.error().ifPresent(e -> o.put("error", error(e)));
        try {
            return new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON", e);
        }
    }

    private static Map<String, Object> cost(MonthlyCost c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", c.total());
        m.put("instance", c.instance());
        m.put("volume", c.volume());
        m.put("publicIpv4", c.publicIpv4());
        m.put("source", c.source());
        m.put("approximate", c.approximate());
        m.put("excludes", c.note());
        return m;
    }

    private static Map<String, String> error(SetupException e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("what", e.what());
        m.put("why", e.why());
        m.put("fix", e.fix());
        return m;
    }
}
