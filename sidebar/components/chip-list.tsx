/** Short values (channels) as chips, read as a list by screen readers. */
export function ChipList({ items }: { items: readonly string[] }) {
  return (
    <ul class="chips">
      {items.map((item) => (
        <li class="chip" key={item}>
          {item}
        </li>
      ))}
    </ul>
  );
}
