#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The scalar C math functions the project uses, in one place (Glibc on Linux, Foundation
/// elsewhere), so no module keeps its own copy of these shims. Float64 unless named `...f`.
public enum ScalarMath {
    @inline(__always) public static func exp(_ x: Double) -> Double { _mathExp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { _mathLog(x) }
    @inline(__always) public static func sin(_ x: Double) -> Double { _mathSin(x) }
    @inline(__always) public static func cos(_ x: Double) -> Double { _mathCos(x) }
    @inline(__always) public static func tanh(_ x: Double) -> Double { _mathTanh(x) }
    @inline(__always) public static func erfc(_ x: Double) -> Double { _mathErfc(x) }
    @inline(__always) public static func logf(_ x: Float) -> Float { _mathLogf(x) }
}

// Module-level forwarders: inside `ScalarMath` the names exp, log, ... refer to its own members.
@inline(__always) func _mathExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func _mathLog(_ x: Double) -> Double { log(x) }
@inline(__always) func _mathSin(_ x: Double) -> Double { sin(x) }
@inline(__always) func _mathCos(_ x: Double) -> Double { cos(x) }
@inline(__always) func _mathTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) func _mathErfc(_ x: Double) -> Double { erfc(x) }
@inline(__always) func _mathLogf(_ x: Float) -> Float { logf(x) }
