package io.hubrota.demo;

/** Where the demo health economy comes from; the app generates one, tests hand-build small ones. */
@FunctionalInterface
public interface DemoEconomySource {

    DemoEconomy economy();
}
