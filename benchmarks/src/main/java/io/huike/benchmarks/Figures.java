package io.huike.benchmarks;

import java.util.Map;

/** A part's result as it goes into results.json. */
interface Figures {

    Map<String, Object> json();
}
