// Oracle for TestSortMatchesMonoLive: sorts pseudo-random keys with many
// ties and prints the resulting order of the original indexes, one line
// per size.
using System;
using System.Collections.Generic;
class P {
  static void Main() {
    uint seed = 12345;
    for (int n = 1; n <= 300; n += 7) {
      var l = new List<KeyValuePair<int,int>>();
      for (int i = 0; i < n; i++) {
        seed = seed * 1103515245 + 12345;
        l.Add(new KeyValuePair<int,int>((int)((seed >> 16) % 10), i));
      }
      l.Sort((a, b) => a.Key.CompareTo(b.Key));
      var parts = new string[n];
      for (int i = 0; i < n; i++) parts[i] = l[i].Value.ToString();
      Console.WriteLine(string.Join(",", parts));
    }
  }
}
