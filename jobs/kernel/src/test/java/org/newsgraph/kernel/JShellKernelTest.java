package org.newsgraph.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel's evaluation without a Jupyter connection: cells, state across cells, errors, completeness. */
class JShellKernelTest {
  private static JShellKernel kernel;

  @BeforeAll
  static void start() {
    kernel = JShellKernel.create();
  }

  @AfterAll
  static void stop() {
    kernel.onShutdown(false);
  }

  @Test
  void cellsKeepStateAndReturnTheLastExpression() {
    kernel.evalRaw("int x = 20;\nint twice(int v) { return 2 * v; }");
    assertEquals("42", kernel.evalRaw("x += 1;\ntwice(x)"));
    assertEquals(null, kernel.evalRaw("var list = new ArrayList<String>();"));
    assertEquals("true", kernel.evalRaw("list.add(\"a\");"));
    assertEquals("1", kernel.evalRaw("list.size()"));
  }

  @Test
  void imagesCanBeBuiltHeadless() {
    Object v = kernel.evalRaw("import java.awt.image.BufferedImage;\nnew BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB).getWidth()");
    assertEquals("4", v);
  }

  @Test
  void compileErrorsAndExceptionsAreReported() {
    RuntimeException compile = assertThrows(RuntimeException.class, () -> kernel.evalRaw("int y = \"no\";"));
    assertTrue(compile.getMessage().contains("does not compile"), compile.getMessage());
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> kernel.evalRaw("Integer.parseInt(\"x\")"));
    assertTrue(thrown.getMessage().contains("NumberFormatException"), thrown.getMessage());
  }

  @Test
  void completeness() {
    assertEquals(JShellKernel.IS_COMPLETE_YES, kernel.isComplete("int a = 1;"));
    assertEquals(JShellKernel.IS_COMPLETE_MAYBE, kernel.isComplete("for (int i = 0; i < 3; i++) {"));
  }
}
