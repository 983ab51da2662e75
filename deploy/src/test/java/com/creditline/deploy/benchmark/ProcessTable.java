package com.creditline.deploy.benchmark;

import com.creditline.deploy.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The processes of the benchmark, read from /proc (Linux): each service's JVM, PostgreSQL's
 * processes, this driver (which runs the Kafka broker too), the load generator (Maven and
 * Gatling's JVM), pgbench; their CPU time and resident memory. A sampler thread records the CPU
 * time of every process once a second, so that the CPU each one used can be computed for any
 * window afterwards (a phase, a level of the ramp), however processes come and go.
 */
final class ProcessTable {

    /** The services' modules, as the driver calls them in its tables. */
    static final Map<String, String> SERVICES = servicesByModule();

    static final String POSTGRES = "postgresql";
    static final String DRIVER = "driver + Kafka broker";
    static final String LOAD_GENERATOR = "load generator (Gatling, Maven)";
    static final String PGBENCH = "pgbench";
    static final String OTHER_OURS = "other (jcmd, jfr)";
    static final String REST_OF_MACHINE = "rest of the machine";

    /** Group order for tables. */
    static final List<String> GROUPS = groups();

    private static final long TICKS_PER_SECOND = 100;

    /** One sample: when, each process's CPU ticks, and the machine's busy, total, system and stolen ticks. */
    record Sample(
            long atMillis,
            Map<Long, Long> ticksByPid,
            Map<Long, String> groupByPid,
            long machineBusy,
            long machineTotal,
            long machineSystem,
            long machineSteal) {}

    /**
     * The machine's state over a window, as shares of all its cores: busy, in the kernel (system),
     * and stolen by the hypervisor for other guests (steal); a noisy run shows here.
     */
    record MachineState(double busy, double system, double steal) {}

    private final List<Sample> samples = new ArrayList<>();
    /** Process trees to watch besides this JVM's own children: PostgreSQL detaches from its starter. */
    private static final List<Long> ROOTS = new CopyOnWriteArrayList<>();

    private final Thread sampler;
    private volatile boolean running = true;

    private ProcessTable() {
        sampler = Thread.ofPlatform().daemon().name("cpu-sampler").start(this::sampleEverySecond);
    }

    static ProcessTable startSampling() {
        return new ProcessTable();
    }

    void stop() {
        running = false;
        sampler.interrupt();
    }

    private void sampleEverySecond() {
        while (running) {
            Sample sample = sample();
            synchronized (samples) {
                samples.add(sample);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Sample sample() {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> groups = new HashMap<>();
        long self = ProcessHandle.current().pid();
        ticks.put(self, cpuTicks(self));
        groups.put(self, DRIVER);
        for (long pid : ours()) {
            long t = cpuTicks(pid);
            if (t >= 0) {
                ticks.put(pid, t);
                groups.put(pid, groupOf(pid));
            }
        }
        long[] machine = machineTicks();
        return new Sample(System.currentTimeMillis(), ticks, groups, machine[0], machine[1], machine[2], machine[3]);
    }

    /** This JVM's descendants, and the PostgreSQL server's processes (a daemon, not a descendant). */
    private static List<Long> ours() {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.current().descendants().forEach(p -> pids.add(p.pid()));
        for (long root : ROOTS) {
            ProcessHandle.of(root).ifPresent(r -> {
                pids.add(r.pid());
                r.descendants().forEach(p -> pids.add(p.pid()));
            });
        }
        return pids;
    }

    /**
     * Watches the PostgreSQL server whose data is in the given folder too: pg_ctl starts it as a
     * daemon, so it is not among this JVM's descendants (nor counted by Platform.residentBytes).
     */
    static void watchPostgres(Path dataDirectory) {
        String folder = dataDirectory.toAbsolutePath().normalize().toString();
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            proc.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .filter(pid -> processName(pid).equals("postgres")
                            && commandLine(pid).contains(folder))
                    .forEach(ROOTS::add);
        } catch (IOException e) {
            // without /proc there is nothing to watch
        }
    }

    static void forgetPostgres() {
        ROOTS.clear();
    }
    /** Which group a process belongs to, from its command line. */
    static String groupOf(long pid) {
        String command = commandLine(pid);
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            if (command.contains("/" + service.getKey() + ".jar")) {
                return service.getValue();
            }
        }
        String name = processName(pid);
        if (name.equals("postgres")) {
            return POSTGRES;
        }
        if (name.equals("pgbench")) {
            return PGBENCH;
        }
        if (command.contains("io.gatling") || command.contains("gatling") || command.contains("maven")) {
            return LOAD_GENERATOR;
        }
        return OTHER_OURS;
    }

    /** The pid of a service's JVM, by its short name (gateway, checkout, ...). */
    static Optional<Long> servicePid(String shortName) {
        return ProcessHandle.current()
                .descendants()
                .map(ProcessHandle::pid)
                .filter(pid -> shortName.equals(groupOf(pid)))
                .findFirst();
    }

    /**
     * CPU used by each group between two instants, in cores (1.0 = one core busy all the time),
     * plus the rest of the machine (other users' processes).
     */
    Map<String, Double> coresBetween(long fromMillis, long toMillis) {
        Sample first;
        Sample last;
        synchronized (samples) {
            first = samples.stream()
                    .filter(s -> s.atMillis() <= fromMillis)
                    .reduce((a, b) -> b)
                    .orElse(samples.isEmpty() ? null : samples.getFirst());
            last = samples.stream()
                    .filter(s -> s.atMillis() >= toMillis)
                    .findFirst()
                    .orElse(samples.isEmpty() ? null : samples.getLast());
        }
        Map<String, Double> cores = new LinkedHashMap<>();
        GROUPS.forEach(g -> cores.put(g, 0.0));
        if (first == null || last == null || last.atMillis() <= first.atMillis()) {
            return cores;
        }
        double seconds = (last.atMillis() - first.atMillis()) / 1000.0;
        // Sum per process between consecutive samples, so that processes that start or end inside
        // the window (pgbench, a Maven run, a PostgreSQL backend) count for the part they lived.
        List<Sample> window;
        synchronized (samples) {
            window = samples.subList(samples.indexOf(first), samples.indexOf(last) + 1).stream()
                    .toList();
        }
        double ours = 0;
        for (int i = 1; i < window.size(); i++) {
            Sample a = window.get(i - 1);
            Sample b = window.get(i);
            for (Map.Entry<Long, Long> p : b.ticksByPid().entrySet()) {
                long before = a.ticksByPid().getOrDefault(p.getKey(), 0L);
                long used = Math.max(0, p.getValue() - before);
                double coreSeconds = used / (double) TICKS_PER_SECOND;
                cores.merge(b.groupByPid().get(p.getKey()), coreSeconds, Double::sum);
                ours += coreSeconds;
            }
        }
        double machineCoreSeconds = (last.machineBusy() - first.machineBusy()) / (double) TICKS_PER_SECOND;
        cores.put(REST_OF_MACHINE, Math.max(0, machineCoreSeconds - ours));
        cores.replaceAll((group, coreSeconds) -> coreSeconds / seconds);
        return cores;
    }

    /** The machine's busy, system and stolen shares of all its cores between two instants. */
    MachineState machineBetween(long fromMillis, long toMillis) {
        synchronized (samples) {
            if (samples.isEmpty()) {
                return new MachineState(0, 0, 0);
            }
            Sample first = samples.stream()
                    .filter(s -> s.atMillis() <= fromMillis)
                    .reduce((a, b) -> b)
                    .orElse(samples.getFirst());
            Sample last = samples.stream()
                    .filter(s -> s.atMillis() >= toMillis)
                    .findFirst()
                    .orElse(samples.getLast());
            double total = last.machineTotal() - first.machineTotal();
            if (total <= 0) {
                return new MachineState(0, 0, 0);
            }
            return new MachineState(
                    (last.machineBusy() - first.machineBusy()) / total,
                    (last.machineSystem() - first.machineSystem()) / total,
                    (last.machineSteal() - first.machineSteal()) / total);
        }
    }

    /**
     * Memory by group now, in bytes: the proportional set size (PSS) of each process, so that
     * memory PostgreSQL's processes share (its buffers) counts once, not once per backend.
     */
    static Map<String, Long> memoryByGroup() {
        Map<String, Long> memory = new LinkedHashMap<>();
        GROUPS.forEach(g -> memory.put(g, 0L));
        memory.merge(DRIVER, proportionalBytes(ProcessHandle.current().pid()), Long::sum);
        for (long pid : ours()) {
            memory.merge(groupOf(pid), proportionalBytes(pid), Long::sum);
        }
        memory.remove(REST_OF_MACHINE);
        return memory;
    }

    private static long proportionalBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** utime + stime of a process (all its threads, living and dead), in clock ticks; -1 if gone. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(3) ppid(4) ... utime(14) stime(15), so index 11 and 12 here
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's busy and total ticks over all cores, from /proc/stat. */
    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            // cpu  user nice system idle iowait irq softirq steal
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new long[] {total - idle, total, Long.parseLong(f[3]), steal};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0, 0, 0};
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(
                            Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String processName(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"))
                    .trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The services by module, in the order the summary's columns show them (the caller's path first). */
    private static Map<String, String> servicesByModule() {
        Map<String, String> services = new LinkedHashMap<>();
        for (Service service : List.of(
                Service.GATEWAY,
                Service.CHECKOUT,
                Service.CREDIT_LIMIT,
                Service.REPAYMENT,
                Service.RISK_SCORING,
                Service.COLLECTIONS)) {
            services.put(service.module, service.shortName);
        }
        return services;
    }

    private static List<String> groups() {
        List<String> groups = new ArrayList<>(servicesByModule().values());
        groups.addAll(List.of(POSTGRES, DRIVER, LOAD_GENERATOR, PGBENCH, OTHER_OURS, REST_OF_MACHINE));
        return List.copyOf(groups);
    }
}
