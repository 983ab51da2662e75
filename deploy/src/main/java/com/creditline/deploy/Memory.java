package com.creditline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's resident memory from /proc (Linux); 0 elsewhere. */
final class Memory {

    private Memory() {}

    static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The resident memory of a process and all its descendants. */
    static long residentBytesWithChildren(ProcessHandle process) {
        long total = residentBytes(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            total += residentBytes(child.pid());
        }
        return total;
    }
}
