package com.creditline.risk.scoring.scorecard;

import com.creditline.risk.scoring.scorecard.Feature.Trend;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Statlog German credit data (1,000 applicants, 300 bad), read from the copy in Weka's jar
 * (test scope only: Weka is GPL), as the trainer's candidate features and labelled applicants.
 * The numbers get the trend the business expects: longer loans and larger instalment burdens are
 * riskier, older applicants safer; the rest are left to the data.
 */
final class GermanCredit {

    static final String RESOURCE = "weka/gui/knowledgeflow/templates/credit-g.arff";

    private static final Map<String, Trend> TRENDS = Map.of(
            "duration", Trend.RISK_RISES,
            "installment_commitment", Trend.RISK_RISES,
            "age", Trend.RISK_FALLS);

    final List<Feature> features = new ArrayList<>();
    final List<LabelledObservation> applicants = new ArrayList<>();

    static GermanCredit load() {
        GermanCredit data = new GermanCredit();
        try (InputStream in = GermanCredit.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (weka-stable)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean inData = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("%")) {
                    continue;
                }
                if (line.toLowerCase().startsWith("@attribute")) {
                    data.attribute(line);
                } else if (line.toLowerCase().startsWith("@data")) {
                    inData = true;
                } else if (inData) {
                    data.row(values(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    private void attribute(String line) {
        String rest = line.substring("@attribute".length()).strip();
        String name = rest.substring(0, rest.indexOf(' '));
        if (name.equals("class")) {
            return;
        }
        boolean number = rest.substring(name.length()).strip().equalsIgnoreCase("real");
        features.add(number ? Feature.number(name, TRENDS.getOrDefault(name, Trend.NONE)) : Feature.category(name));
    }

    private void row(List<String> values) {
        Map<String, Double> numbers = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            if (f.kind() == Feature.Kind.NUMBER) {
                numbers.put(f.name(), Double.valueOf(values.get(i)));
            } else {
                categories.put(f.name(), values.get(i));
            }
        }
        Outcome outcome = values.getLast().equals("bad") ? Outcome.BAD : Outcome.GOOD;
        applicants.add(new LabelledObservation(new Observation(numbers, categories), outcome));
    }

    /** One data line: comma-separated, a value in single quotes when it holds spaces or commas. */
    private static List<String> values(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                values.add(value.toString().strip());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString().strip());
        return values;
    }
}
