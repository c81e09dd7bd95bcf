package dev.flarelink.simulator;

final class Placeholder {}
