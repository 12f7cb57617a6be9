import fs from "node:fs";
import path from "node:path";
import { loadAll } from "js-yaml";
import { describe, expect, it } from "vitest";
import { TAKEN } from "@/server/taken/intern/lijst";
import { PLANNING } from "@/server/taken/intern/planning";

// The deployment files that cannot run here (deploy/README.md): at least they say what the portal
// is. Each task the runner knows has a systemd timer and a Kubernetes CronJob that runs exactly
// `npm run taken -- <taak>`; the probes point at routes the portal has; two replicas.

const MAP = path.resolve(import.meta.dirname);
// The manifests' shape is Kubernetes', not ours: read loosely, checked field by field below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = Record<string, any>;
const lees = (f: string) => loadAll(fs.readFileSync(path.join(MAP, f), "utf8")) as Manifest[];
const namen = TAKEN.map((t) => t.naam).sort();

describe("deploy/", () => {
  it("has a systemd timer for every task, and none for a task that does not exist", () => {
    const timers = fs
      .readdirSync(path.join(MAP, "systemd"))
      .map((f) => /^werkt-mee-taak@(.+)\.timer$/.exec(f)?.[1])
      .filter((t): t is string => Boolean(t))
      .sort();
    expect(timers).toEqual(namen);
    expect(fs.readFileSync(path.join(MAP, "systemd", "werkt-mee-taak@.service"), "utf8")).toContain("npm run --silent taken -- %i");
  });

  it("has a CronJob per task that runs that task, in Dutch time, never two at once", () => {
    const jobs = lees("kubernetes/cronjobs.yaml");
    expect(jobs.map((j) => j.spec.jobTemplate.spec.template.spec.containers[0].command.at(-1)).sort()).toEqual(namen);
    for (const j of jobs) {
      const taak = j.spec.jobTemplate.spec.template.spec.containers[0].command.at(-1);
      expect(j.spec.schedule, `the time of ${taak}`).toBe(PLANNING[taak]);
      expect(j.spec.timeZone).toBe("Europe/Amsterdam");
      expect(j.spec.concurrencyPolicy).toBe("Forbid");
    }
  });

  it("runs two replicas with both probes on routes the portal serves", () => {
    const [deployment] = lees("kubernetes/deployment.yaml");
    expect(deployment!.spec.replicas).toBe(2);
    const c = deployment!.spec.template.spec.containers[0];
    for (const probe of [c.livenessProbe, c.readinessProbe]) {
      const route = path.resolve(MAP, "..", "src/app", `.${probe.httpGet.path}`, "route.ts");
      expect(fs.existsSync(route), `${probe.httpGet.path} is a route of the portal`).toBe(true);
    }
    expect(c.livenessProbe.httpGet.path).toBe("/api/health/live");
    expect(c.readinessProbe.httpGet.path).toBe("/api/health/ready");
  });

  it("keeps secrets out of the ConfigMap", () => {
    const [cm] = lees("kubernetes/configmap.yaml");
    for (const k of ["AUTH_SECRET", "DATABASE_URL", "METRICS_TOKEN"]) expect(cm!.data).not.toHaveProperty(k);
  });
});
