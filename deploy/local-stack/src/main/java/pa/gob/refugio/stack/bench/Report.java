package pa.gob.refugio.stack.bench;

import static pa.gob.refugio.stack.bench.Results.fmt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** The run's report: a Markdown table for people (stdout, docs/performance.md) and JSON for tools. */
final class Report {

    static String markdown(Results r) {
        Results.Run run = r.run();
        Results.Throughput t = r.throughput();
        StringBuilder md = new StringBuilder();
        md.append("## Refugio benchmark: ").append(run.families()).append(" families, ").append(run.clients())
                .append(" clients\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "started", run.startedAt());
        row(md, "commit", run.commit());
        row(md, "machine", run.cores() + " cores, " + fmt(run.memoryGb()) + " GB, Linux " + run.kernel() + ", Java "
                + run.java());
        row(md, "stack", run.mode());
        row(md, "families", run.families() + " (seed " + run.seed() + ", " + run.sites() + " intake sites, "
                + Math.round(run.rejectedShare() * 100) + " % rejected then reconsideration and appeal)");
        row(md, "faults", run.faults().isEmpty() ? "none" : String.join(", ", run.faults())
                + (run.faultLog().isEmpty() ? "" : " — " + run.faultLog()));
        md.append('\n');

        md.append("### Targets (issue 10)\n\n| target | goal | measured | met |\n|---|---|---|---|\n");
        for (Results.Target target : r.targets()) {
            md.append("| ").append(target.name()).append(" | ").append(target.target()).append(" | ")
                    .append(target.measured()).append(" | ").append(target.met() ? "met" : "not met").append(" |\n");
        }
        md.append('\n');

        md.append("### Throughput\n\n| figure | value |\n|---|---|\n");
        row(md, "whole procedure", fmt(t.familiesPerSecond()) + " families/s (" + t.finished() + " of "
                + t.families() + " families in " + fmt(t.seconds()) + " s, first registration → last final event)");
        if (r.registrationAlone() != null) {
            Results.RegistrationAlone a = r.registrationAlone();
            row(md, "registration alone", fmt(a.perSecond()) + " registrations/s (" + a.registrations() + " in "
                    + fmt(a.seconds()) + " s; call p50 " + fmt(a.call().p50Ms()) + " ms, p99 " + fmt(a.call().p99Ms())
                    + " ms)");
        }
        row(md, "registration during the procedure", fmt(t.registrationsPerSecond()) + " registrations/s ("
                + t.registrations() + " in " + fmt(t.registrationSeconds()) + " s, steps of families under way first)");
        row(md, "registration call during the procedure", "p50 " + fmt(t.registrationCall().p50Ms()) + " ms, p99 "
                + fmt(t.registrationCall().p99Ms()) + " ms, max " + fmt(t.registrationCall().maxMs()) + " ms");
        if (r.plainSql() != null) {
            Results.Comparison c = r.plainSql();
            row(md, "plain SQL, same rows", fmt(c.perSecond()) + " registrations/s (" + c.registrations() + " in "
                    + fmt(c.seconds()) + " s; rows per registration " + c.rowsPerRegistration() + ")");
            row(md, "API ÷ plain SQL", fmt(c.apiShare() * 100) + " %");
        }
        row(md, "HTTP calls / retried", t.httpCalls() + " / " + t.retries());
        row(md, "event delivery (commit → monitor)", "p50 " + fmt(r.delivery().p50Ms()) + " ms, p99 "
                + fmt(r.delivery().p99Ms()) + " ms, max " + fmt(r.delivery().maxMs()) + " ms ("
                + r.delivery().count() + " events)");
        md.append('\n');

        md.append("### Latency per hop (upstream commit → downstream commit)\n\n"
                + "| hop | what | count | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        for (Results.Hop h : r.hops()) {
            md.append("| ").append(h.name()).append(" | ").append(h.meaning()).append(" | ")
                    .append(h.latency().count()).append(" | ").append(fmt(h.latency().p50Ms())).append(" | ")
                    .append(fmt(h.latency().p99Ms())).append(" | ").append(fmt(h.latency().maxMs())).append(" |\n");
        }
        md.append('\n');

        md.append("### Cost per service\n\n| service | CPU s | CPU ms per family | idle RSS MB | peak RSS MB |"
                + " database MB before → after | database MB per 1,000 cases |\n|---|---|---|---|---|---|---|\n");
        for (Results.ServiceCost s : r.services()) {
            md.append("| ").append(s.service()).append(" | ").append(fmt(s.cpuSeconds())).append(" | ")
                    .append(fmt(s.cpuMsPerFamily())).append(" | ").append(fmt(s.idleRssMb())).append(" | ")
                    .append(fmt(s.peakRssMb())).append(" | ").append(fmt(s.dbMbBefore())).append(" → ")
                    .append(fmt(s.dbMbAfter())).append(" | ").append(fmt(s.dbMbPer1000Cases())).append(" |\n");
        }
        md.append('\n');

        if (!r.segments().isEmpty()) {
            md.append("### Per segment (families in the order they finished)\n\n"
                    + "| families | whole procedure families/s | registrations/s |\n|---|---|---|\n");
            for (Results.Segment s : r.segments()) {
                md.append("| ").append(s.from()).append("–").append(s.to()).append(" | ")
                        .append(fmt(s.familiesPerSecond())).append(" | ").append(fmt(s.registrationsPerSecond()))
                        .append(" |\n");
            }
            md.append('\n');
        }

        Checks.Outcome c = r.checks();
        md.append("### Assertions\n\n| check | result |\n|---|---|\n");
        row(md, "families at their expected end", c.atEnd() + " of " + c.families() + " (lost: "
                + (c.families() - c.atEnd()) + ")");
        row(md, "documents twice (events and documents API, " + c.documentsChecked() + " cases)",
                String.valueOf(c.duplicateDocuments()));
        row(md, "dead letters (services' open dead letters / .dlq records)", c.deadLetters() + " / " + c.dlqRecords());
        row(md, "verdict", c.passed() ? "PASSED" : "FAILED: " + String.join("; ", c.broken()).replace("|", "/"));
        return md.toString();
    }

    static String json(Results r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("results", r);
        doc.put("targets", r.targets());
        doc.put("passed", r.checks().passed());
        try {
            return Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private Report() {
    }
}
