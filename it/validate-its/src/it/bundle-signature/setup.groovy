evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly packaging.bundle-signature: the .mcpb gets a signature block whose signature is not one, after packaging
import java.nio.ByteBuffer
import java.nio.ByteOrder
byte[] der = new byte[64]
java.util.Arrays.fill(der, (byte) 0x30)
ByteBuffer block = ByteBuffer.allocate(11 + 4 + der.length + 12).order(ByteOrder.LITTLE_ENDIAN)
block.put('MCPB_SIG_V1'.getBytes('US-ASCII')).putInt(der.length).put(der).put('MCPB_SIG_END'.getBytes('US-ASCII'))
new File(basedir, 'signature-block.bin').bytes = block.array()
afterPackage('<concat destfile="${project.build.directory}/mcp/weather-1.0.0-SNAPSHOT.mcpb" append="true" binary="true"><filelist dir="${basedir}" files="signature-block.bin"/></concat>')
true
