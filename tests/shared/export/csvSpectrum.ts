/**
 * The edge cases of the csv-spectrum suite (https://github.com/max-mapper/csv-spectrum, BSD-2),
 * written out by hand as the values each of its files holds, because the npm package is not
 * installed here. Each case keeps csv-spectrum's file name; the `_crlf` variants of its suite
 * hold the same values with CRLF line ends, which our writer always uses, so they coincide.
 */
export const CSV_SPECTRUM: { name: string; rows: string[][] }[] = [
  {
    name: 'comma_in_quotes',
    rows: [
      ['first', 'last', 'address', 'city', 'zip'],
      ['John', 'Doe', '120 any st.', 'Anytown, WW', '08123'],
    ],
  },
  {
    name: 'empty',
    rows: [
      ['a', 'b', 'c'],
      ['1', '', ''],
      ['2', '3', '4'],
    ],
  },
  {
    name: 'escaped_quotes',
    rows: [
      ['a', 'b'],
      ['1', 'ha "ha" ha'],
      ['3', '4'],
    ],
  },
  {
    name: 'json',
    rows: [
      ['key', 'val'],
      ['1', '{"type": "Point", "coordinates": [102.0, 0.5]}'],
    ],
  },
  {
    name: 'newlines',
    rows: [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['Once upon \na time', '5', '6'],
      ['7', '8', '9'],
    ],
  },
  {
    name: 'newlines_crlf',
    rows: [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['Once upon \r\na time', '5', '6'],
      ['7', '8', '9'],
    ],
  },
  {
    name: 'quotes_and_newlines',
    rows: [
      ['a', 'b'],
      ['1', 'ha \n"ha" \nha'],
      ['3', '4'],
    ],
  },
  {
    name: 'simple',
    rows: [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ],
  },
  {
    name: 'utf8',
    rows: [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', 'ʤ'],
    ],
  },
  {
    name: 'location_coordinates',
    rows: [
      ['Contact Email', 'Contact Name', 'Address'],
      ['jim@example.com', 'Jim', '1001 Main St, Springfield, "Main" bldg'],
    ],
  },
]
