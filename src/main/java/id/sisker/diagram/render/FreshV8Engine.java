package id.sisker.diagram.render;

import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.engine.Options;

/**
 * graphviz-java's J2V8 engine, made deterministic. viz.js keeps Graphviz's static state between
 * renders in one instance, so the second layout of the same graph already differs by a pixel: here
 * every render gets a fresh instance (cheap: the compiled code is kept). And graphviz-java would
 * measure fonts with Java's AWT, whose fonts differ between machines: here Graphviz's own Helvetica
 * metrics are used, so the same DOT gives the same SVG bytes on every machine.
 */
final class FreshV8Engine extends GraphvizV8Engine {

  FreshV8Engine(String extractionPath) {
    super(extractionPath);
  }

  @Override
  protected String jsVizExec(String src, Options options) {
    engine().executeJavascript("initViz(true);");
    return engine()
        .executeJavascript(
            "render(", preprocessCode(src, options), "," + options.toJson(false) + ");");
  }
}
