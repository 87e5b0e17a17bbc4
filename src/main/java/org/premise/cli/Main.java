package org.premise.cli;
public final class Main { public static void main(String[] a){ org.apache.jena.sys.JenaSystem.init(); System.out.println("ok"); } }
