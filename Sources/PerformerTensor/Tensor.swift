/// A dense row-major Float32 tensor.
///
/// Attention tensors use the shape (batch, heads, length, dim); model activations use
/// (batch, length, features); weights are 2-D. `Tensor` is a reference type: copies share
/// storage, `copy()` makes an independent one. Its bytes are counted by `MemoryLedger` for
/// as long as it lives.
public final class Tensor {
    /// Extent of each axis, outermost first.
    public let shape: [Int]
    /// Number of elements (product of `shape`).
    public let count: Int
    /// The elements, row-major, `count` of them.
    public let data: UnsafeMutablePointer<Float>

    /// Bytes of storage (4 per element).
    public var byteCount: Int { count * MemoryLayout<Float>.stride }

    /// A tensor of the given shape with every element zero.
    public convenience init(zeros shape: [Int]) {
        self.init(uninitialized: shape)
        data.initialize(repeating: 0, count: count)
    }

    /// A tensor of the given shape whose elements are not yet set (callers fill all of them).
    public init(uninitialized shape: [Int]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative extent in shape \(shape)")
        self.shape = shape
        self.count = shape.reduce(1, *)
        self.data = TensorAllocator.allocate(count * MemoryLayout<Float>.stride)
            .bindMemory(to: Float.self, capacity: Swift.max(count, 1))
        MemoryLedger.allocate(count * MemoryLayout<Float>.stride)
    }

    /// A tensor holding `values` (row-major) with the given shape.
    public convenience init(shape: [Int], values: [Float]) {
        self.init(uninitialized: shape)
        precondition(values.count == count, "\(values.count) values for shape \(shape)")
        values.withUnsafeBufferPointer { data.initialize(from: $0.baseAddress!, count: count) }
    }

    /// A tensor of the given shape filled with `value`.
    public convenience init(repeating value: Float, shape: [Int]) {
        self.init(uninitialized: shape)
        data.initialize(repeating: value, count: count)
    }

    deinit {
        TensorAllocator.release(UnsafeMutableRawPointer(data), bytes: count * MemoryLayout<Float>.stride)
        MemoryLedger.free(count * MemoryLayout<Float>.stride)
    }

    /// Number of axes.
    public var rank: Int { shape.count }

    /// An independent copy.
    public func copy() -> Tensor {
        let t = Tensor(uninitialized: shape)
        t.data.update(from: data, count: count)
        return t
    }

    /// The same elements viewed with another shape of equal count (a copy; storage is not shared).
    func reshaped(_ newShape: [Int]) -> Tensor {
        precondition(newShape.reduce(1, *) == count, "cannot reshape \(shape) to \(newShape)")
        let t = Tensor(uninitialized: newShape)
        t.data.update(from: data, count: count)
        return t
    }

    /// The elements as an array (row-major).
    public var array: [Float] { Array(UnsafeBufferPointer(start: data, count: count)) }

    /// Element at a flat row-major index (checked: 0 <= i < count).
    @inlinable public subscript(flat i: Int) -> Float {
        get { precondition(i >= 0 && i < count, "flat index \(i) out of range for shape \(shape)"); return data[i] }
        set { precondition(i >= 0 && i < count, "flat index \(i) out of range for shape \(shape)"); data[i] = newValue }
    }

    /// Element at a multi-index (slow; for tests and small tensors).
    public subscript(_ index: Int...) -> Float {
        get { data[flatIndex(index)] }
        set { data[flatIndex(index)] = newValue }
    }

    func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == shape.count, "index \(index) for shape \(shape)")
        var flat = 0
        for (i, n) in zip(index, shape) {
            precondition(i >= 0 && i < n, "index \(index) out of range for shape \(shape)")
            flat = flat * n + i
        }
        return flat
    }

    /// Sets every element to zero.
    public func zero() { data.update(repeating: 0, count: count) }

    /// Largest |a - b| over elements of two tensors of the same shape.
    public func maxAbsDifference(_ other: Tensor) -> Float {
        precondition(shape == other.shape, "shapes \(shape) and \(other.shape) differ")
        var m: Float = 0
        for i in 0..<count { m = Swift.max(m, abs(data[i] - other.data[i])) }
        return m
    }
}

extension Tensor: CustomStringConvertible {
    public var description: String { "Tensor\(shape)" }
}
